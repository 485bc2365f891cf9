import { parse } from "csv-parse/sync";
// The CSV and JSON downloads carry the same values as the database, citations included; a derived value
// rounded to the precision stored with it (data/README.md, Precision).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "downloads-")), "d.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { getChartSpec } = await import("@/server/chart-specs");
const { getExport } = await import("@/db/queries/export");
const { downloadRows, toCsv, toJson } = await import("@/lib/chart/downloads");
const { roundToSignificant } = await import("@/lib/model/precision");
const { panelCsv, panelJson } = await import("@/lib/chart/panels/downloads-panels");
const { interactiveSpec } = await import("@/lib/chart/interactive-spec");
const { fetchExploreView } = await import("@/server/explore");

beforeAll(async () => {
  expect(await loadDataset(createWriterDb(), DATA_DIR)).toMatchObject({ ok: true });
});

/** Our CSV read back by an independent parser, so the test does not trust the writer. */
function readCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

describe("chart downloads", () => {
  it("CSV parses back to the database's values and quotes, one row per value", async () => {
    const { observations } = await getExport();
    for (const id of ["russia-armenia-trade", "india-pakistan-arms", "armenia-arms-dependence"]) {
      const spec = await getChartSpec(id);
      if (!spec) throw new Error(id);
      const rows = readCsv(toCsv(spec));
      expect(rows.length).toBe(downloadRows(spec).length);
      // One row per value: a spreadsheet total counts a value once, however many sentences it rests on.
      expect(rows.length).toBe(spec.series.reduce((n, s) => n + s.points.length, 0));
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      for (const row of rows) {
        const o = observations.find((x) => x.id === row.id);
        expect(o, row.id).toBeDefined();
        // A derived value is written at the precision its inputs support, as everywhere on the site.
        const stated = o?.precision ? roundToSignificant(o.value, o.precision) : o?.value;
        expect([row.series, row.period, row.value, row.precision, row.bound]).toEqual([
          o?.series,
          o?.period,
          String(stated),
          String(o?.precision ?? ""),
          o?.bound,
        ]);
        const numbers = (row.footnotes ?? "").split(" ").filter(Boolean);
        expect(numbers.length).toBeGreaterThan(0);
        numbers.forEach((n, i) => {
          expect(row[`citation${i + 1}_footnote`]).toBe(n);
          expect(row[`citation${i + 1}_author`] ?? "").not.toBe("");
        });
        const quotes = numbers.map((_, i) => row[`citation${i + 1}_quote`]);
        if (!o?.derived) expect(quotes.sort()).toEqual(o?.citations.map((c) => c.quote).sort());
      }
    }
  });

  it("a derived value resting on two sentences is one row with both citations", async () => {
    const spec = await getChartSpec("russia-armenia-trade");
    const derived = spec?.series.flatMap((s) => s.points).find((p) => p.derived && p.footnotes.length > 1);
    if (!spec || !derived) throw new Error("the trade chart has a derived value with two sources");
    const rows = readCsv(toCsv(spec)).filter((r) => r.id === derived.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.citation2_quote).not.toBe("");
  });

  it("never writes a derived value more precisely than its inputs: ≈ $4.3B is 4300000000, not 4250000000", async () => {
    const spec = await getChartSpec("russia-armenia-trade");
    if (!spec) throw new Error("russia-armenia-trade");
    const row = readCsv(toCsv(spec)).find((r) => r.id === "ru-am-trade-turnover/2022");
    expect([row?.value, row?.precision, row?.as_stated]).toEqual(["4300000000", "2", "≈ $4.3B"]);
    const json = JSON.parse(toJson(spec, "v")) as { values: { id: string; value: number }[] };
    expect(json.values.find((v) => v.id === "ru-am-trade-turnover/2022")?.value).toBe(4.3e9);
    expect(toCsv(spec) + toJson(spec, "v")).not.toMatch(/425000000|4\.25/);
    // Nor does the chart draw it there, or send it to the browser for the interactive view.
    expect(spec.series.flatMap((s) => s.points).find((p) => p.id === "ru-am-trade-turnover/2022")?.value).toBe(4.3e9);
    expect(JSON.stringify(interactiveSpec(spec))).not.toMatch(/425000000|4\.25/);
  });

  it("the explorer's CSV and JSON write it at that precision too", async () => {
    const view = await fetchExploreView("series=ru-am-trade-turnover");
    if (!view.chart) throw new Error("the explorer draws the trade series");
    const row = readCsv(panelCsv(view.chart)).find((r) => r.period === "2022");
    expect([row?.value, row?.as_stated]).toEqual(["4300000000", "≈ $4.3B"]);
    expect(panelCsv(view.chart) + panelJson(view.chart, "v", "u")).not.toMatch(/425000000|4\.25/);
  });

  it("the explorer's JSON types its values as a chart's JSON does, and both CSVs name each figure", async () => {
    const view = await fetchExploreView("series=ru-am-trade-turnover~ru-ir-trade-turnover");
    if (!view.chart) throw new Error("the explorer draws the trade series");
    const json = JSON.parse(panelJson(view.chart, "v", "u")) as { values: Record<string, unknown>[] };
    const stated = json.values.find((v) => v.id === "ru-am-trade-turnover/2021");
    expect(stated).toMatchObject({ panel: 1, valueHigh: null, precision: null, formula: null, footnotes: [1] });
    expect(stated).not.toHaveProperty("sources");
    expect(json.values.find((v) => v.id === "ru-am-trade-turnover/2022")).toMatchObject({
      precision: 2,
      derived: true,
    });
    const spec = await getChartSpec("russia-armenia-trade");
    const chartJson = JSON.parse(toJson(spec ?? raise(), "v")) as { values: Record<string, unknown>[] };
    expect(Object.keys(json.values[0] ?? {})).toEqual(["panel", ...Object.keys(chartJson.values[0] ?? {})]);
    const ids = readCsv(panelCsv(view.chart)).map((r) => r.id);
    expect(ids).toEqual(json.values.map((v) => v.id));
  });

  it("writes quotes with commas and quotation marks safely", async () => {
    const spec = await getChartSpec("russia-armenia-trade");
    const csv = spec ? toCsv(spec) : "";
    expect(csv).toContain('"In 2024, trade turnover reached $12.4 billion, from $2.5 billion in 2021."');
  });
});

function raise(): never {
  throw new Error("the chart is missing");
}
