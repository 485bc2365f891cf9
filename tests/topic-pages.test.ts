// The home and topic pages read a page of a topic's series at a time (server/topic-lists.ts): on a dataset
// whose "trade" topic has more series than fit, the pages together list exactly what the whole dataset
// lists, in its order; the home page lists the first of them and the count; a page past the last is none.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SERIES_KINDS } from "@/lib/model/taxonomy";
import { byTopic, seriesIndex, type SeriesIndexRow } from "@/lib/registry/series-index";
import { HOME_PER_TOPIC, TOPIC_PAGE_SIZE } from "@/lib/registry/topic-paging";
import { validFixture, writeDataset } from "./dataset-fixture";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "topic-pages-")), "q.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { fetchAllSeriesData } = await import("@/db/queries/series");
const { getSeriesPage, getTopicPage } = await import("@/server/pages");
// The home page's lists (its story charts need the real data, which this dataset is not).
const { homeTopics } = await import("@/server/topic-lists");

// Two pages and a bit more of extra trade series, kinds interleaved so that the pages' order (indicators,
// facts, context, each in dataset order) differs from the dataset's; every one a single figure.
const EXTRA = 2 * TOPIC_PAGE_SIZE + 7;
const TOTAL = EXTRA + 2; // the fixture's two trade series
let expected: SeriesIndexRow[] = [];

beforeAll(async () => {
  const f = validFixture();
  for (let i = 0; i < EXTRA; i++) {
    const slug = `extra-${String(i).padStart(3, "0")}`;
    f.series.push({
      slug,
      title: `Extra trade figure ${i}`,
      unit: "USD",
      measure: "trade-turnover",
      kind: SERIES_KINDS[i % SERIES_KINDS.length],
      topic: "trade",
      entities: [{ entity: "RU", role: "partner" }],
    });
    f.observations.push({
      id: `${slug}/2024`,
      series: slug,
      period: "2024",
      value: 12.4e9,
      bound: "exact",
      citations: [
        {
          source: "poghosyan-2025",
          quote: "In 2024, trade turnover reached $12.4 billion, from $2.5 billion in 2021.",
        },
      ],
    });
  }
  expect(await loadDataset(createWriterDb(), writeDataset(f))).toMatchObject({ ok: true });
  expected = byTopic(seriesIndex(await fetchAllSeriesData())).find((g) => g.topic === "trade")?.rows ?? [];
  expect(expected).toHaveLength(TOTAL);
});

describe("a topic with more series than a page", () => {
  it("lists them page by page, together exactly the whole topic in its order, the last page short", async () => {
    const pages = Math.ceil(TOTAL / TOPIC_PAGE_SIZE);
    const read: SeriesIndexRow[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await getTopicPage("trade", n);
      expect(page).toMatchObject({ topic: "trade", page: n, pages, total: TOTAL });
      expect(page?.rows.length).toBe(n < pages ? TOPIC_PAGE_SIZE : TOTAL - (pages - 1) * TOPIC_PAGE_SIZE);
      read.push(...(page?.rows ?? []));
    }
    expect(read).toEqual(expected);
    expect(read.map((r) => r.kind)).toEqual(
      [...read.map((r) => r.kind)].sort((a, b) => SERIES_KINDS.indexOf(a) - SERIES_KINDS.indexOf(b)),
    );
  });

  it("has no page before the first or after the last, and no page of a topic without series", async () => {
    expect(await getTopicPage("trade", 0)).toBe(null);
    expect(await getTopicPage("trade", Math.ceil(TOTAL / TOPIC_PAGE_SIZE) + 1)).toBe(null);
    expect(await getTopicPage("energy-and-transport", 1)).toBe(null);
    expect(await getTopicPage("arms-transfers", 2)).toBe(null);
    expect(await getTopicPage("arms-transfers", 1)).toMatchObject({ total: 1, pages: 1 });
  });

  it("shows the first series of each topic on the home page, with how many there are", async () => {
    const topics = await homeTopics();
    expect(topics.map((t) => t.topic)).toEqual(["trade", "arms-transfers"]);
    expect(topics[0]?.rows).toEqual(expected.slice(0, HOME_PER_TOPIC));
    expect(topics[0]?.total).toBe(TOTAL);
    expect(topics[1]).toMatchObject({ total: 1, rows: [{ slug: "ru-share" }] });
  });

  it("lists at most a home page's share of a single figure's topic as related, never the figure itself", async () => {
    const page = await getSeriesPage("extra-001");
    expect(page?.single?.id).toBe("extra-001/2024");
    expect(page?.related).toHaveLength(HOME_PER_TOPIC);
    expect(page?.related.some((r) => r.slug === "extra-001")).toBe(false);
    expect(page?.relatedTotal).toBe(TOTAL);
  });
});
