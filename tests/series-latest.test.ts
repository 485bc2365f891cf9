// The home and topic pages read each series' latest figure only (db/queries/series-latest.ts): their rows
// must be exactly those the pages built from every observation, on the real data/ (and, in
// series-latest-order.test.ts, on a dataset made to trip the ordering).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TOPICS, type Topic } from "@/lib/model/taxonomy";
import { byTopic, seriesIndex, seriesIndexRow } from "@/lib/registry/series-index";
import { topicPage } from "@/lib/registry/topic-paging";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "series-latest-")), "q.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { fetchAllSeriesData } = await import("@/db/queries/series");
const { fetchSeriesLatest } = await import("@/db/queries/series-latest");
const { getHomePage, getTopicPage } = await import("@/server/pages");

beforeAll(async () => {
  expect(await loadDataset(createWriterDb(), DATA_DIR)).toMatchObject({ ok: true });
});

const rowsOf = async (topic?: Topic) =>
  (await fetchSeriesLatest(topic)).map((s) => seriesIndexRow(s.series, s.latest, s.count));

describe("each series' latest figure, read alone", () => {
  it("gives the rows the whole dataset gave, in the same order, for every series", async () => {
    const all = await fetchAllSeriesData();
    expect(all.length).toBeGreaterThan(20);
    expect(await rowsOf()).toEqual(seriesIndex(all));
  });

  it("gives each topic the rows of its series only, in its page's order, all on its first page", async () => {
    const groups = byTopic(seriesIndex(await fetchAllSeriesData()));
    expect(groups).toHaveLength(TOPICS.length);
    for (const group of groups) {
      const rows = await rowsOf(group.topic);
      expect(rows).toEqual(group.rows);
      expect(await getTopicPage(group.topic)).toEqual(topicPage(group.topic, rows, rows.length, 1));
    }
  });

  it("leads each latest figure to its own row on its series page", async () => {
    for (const s of await fetchSeriesLatest()) {
      const row = seriesIndexRow(s.series, s.latest, s.count);
      expect(row.latest?.href).toBe(
        `/series/${s.series.slug}#figure-series-${s.series.slug}-${s.latest?.id ?? "none"}`,
      );
    }
  });

  it("is what the home page lists: every series of the real data, no topic cut short", async () => {
    const home = await getHomePage();
    const groups = byTopic(seriesIndex(await fetchAllSeriesData()));
    expect(home.topics).toEqual(groups.map((g) => ({ ...g, total: g.rows.length, page: 1, pages: 1 })));
    expect(home.stories.length).toBeGreaterThan(0);
  });
});
