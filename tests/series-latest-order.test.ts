// The latest figure of a series read alone (db/queries/series-latest.ts) on a dataset made to trip the
// ordering: a derived latest figure (its inputs must come along), an interval that ends after a figure
// that starts later, and two figures ending on the same day.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { seriesIndex, seriesIndexRow } from "@/lib/registry/series-index";
import { validFixture, writeDataset } from "./dataset-fixture";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "series-latest-order-")), "q.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { fetchAllSeriesData } = await import("@/db/queries/series");
const { fetchSeriesLatest } = await import("@/db/queries/series-latest");

beforeAll(async () => {
  const f = validFixture();
  // ru-am-trade ends with its derived 2022; ru-share gets an interval ending after figures that start
  // later, and a year and a month ending on the same day.
  f.observations = f.observations.filter((o) => o.id !== "ru-am-trade/2024");
  const quote = (text: string) => [{ source: "poghosyan-2025", quote: text }];
  f.observations.push(
    {
      id: "ru-share/2019-2027",
      series: "ru-share",
      period: "2019/2027",
      value: 40,
      bound: "approx",
      citations: quote("about 40% over the period"),
    },
    {
      id: "ru-share/2026",
      series: "ru-share",
      period: "2026",
      value: 35,
      bound: "approx",
      citations: quote("about 35% that year"),
    },
    {
      id: "ru-share/2026-12",
      series: "ru-share",
      period: "2026-12",
      value: 30,
      bound: "approx",
      citations: quote("about 30% in December"),
    },
  );
  expect(await loadDataset(createWriterDb(), writeDataset(f))).toMatchObject({ ok: true });
});

it("gives the rows the whole dataset gives, derived and interval figures included", async () => {
  const all = await fetchAllSeriesData();
  const latest = await fetchSeriesLatest();
  expect(latest.map((s) => seriesIndexRow(s.series, s.latest, s.count))).toEqual(seriesIndex(all));
  const bySlug = new Map(latest.map((s) => [s.series.slug, s]));
  expect(bySlug.get("ru-am-trade")?.latest).toMatchObject({ id: "ru-am-trade/2022", derived: true });
  expect(
    bySlug
      .get("ru-am-trade")
      ?.latest?.inputs.map((i) => i.id)
      .sort(),
  ).toEqual(["ru-am-growth/2022", "ru-am-trade/2021"]);
  expect(bySlug.get("ru-share")).toMatchObject({ count: 4, latest: { id: "ru-share/2019-2027" } });
});
