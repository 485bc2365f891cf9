// The home and topic pages read each series' latest figure only (db/queries/series-latest.ts): their rows
// must be exactly those the pages built from every observation, on the real data/ (and, in
// series-latest-order.test.ts, on a dataset made to trip the ordering).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/model/taxonomy";
import { byTopic, seriesIndex, seriesIndexRow } from "@/lib/registry/series-index";

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

const rowsOf = async (topic?: string) =>
  (await fetchSeriesLatest(topic)).map((s) => seriesIndexRow(s.series, s.latest, s.count));

describe("each series' latest figure, read alone", () => {
  it("gives the rows the whole dataset gave, in the same order, for every series", async () => {
    const all = await fetchAllSeriesData();
    expect(all.length).toBeGreaterThan(20);
    expect(await rowsOf()).toEqual(seriesIndex(all));
  });

  it("gives each topic the rows of its series only", async () => {
    const all = seriesIndex(await fetchAllSeriesData());
    for (const topic of TOPICS) {
      const rows = await rowsOf(topic);
      expect(rows).toEqual(all.filter((r) => r.topic === topic));
      expect(await getTopicPage(topic)).toEqual(byTopic(rows)[0] ?? null);
    }
  });

  it("is what the home page lists", async () => {
    const home = await getHomePage();
    expect(home.topics).toEqual(byTopic(seriesIndex(await fetchAllSeriesData())));
    expect(home.stories.length).toBeGreaterThan(0);
  });
});
