import { parse } from "csv-parse/sync";
// The CSV and JSON downloads carry the same values as the database, citations included.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "downloads-")), "d.db")}`;

const { getDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { getChartSpec } = await import("@/server/chart-specs");
const { getExport } = await import("@/db/queries/export");
const { downloadRows, toCsv } = await import("@/lib/chart/downloads");

beforeAll(async () => {
  expect(await loadDataset(getDb(), DATA_DIR)).toMatchObject({ ok: true });
});

/** Our CSV read back by an independent parser, so the test does not trust the writer. */
function readCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

describe("chart downloads", () => {
  it("CSV parses back to the database's values and quotes", async () => {
    const { observations } = await getExport();
    for (const id of ["russia-armenia-trade", "india-pakistan-arms", "armenia-arms-dependence"]) {
      const spec = await getChartSpec(id);
      if (!spec) throw new Error(id);
      const rows = readCsv(toCsv(spec));
      expect(rows.length).toBe(downloadRows(spec).length);
      for (const row of rows) {
        const o = observations.find(
          (x) => x.series === row.series && x.period === row.period && String(x.value) === row.value,
        );
        expect(o, `${row.series} ${row.period} ${row.value}`).toBeDefined();
        expect(row.bound).toBe(o?.bound);
        if (!o?.derived) expect(o?.citations.map((c) => c.quote)).toContain(row.quote);
        expect(row.author ?? "").not.toBe("");
      }
    }
  });

  it("writes quotes with commas and quotation marks safely", async () => {
    const spec = await getChartSpec("russia-armenia-trade");
    const csv = spec ? toCsv(spec) : "";
    expect(csv).toContain('"In 2024, trade turnover reached $12.4 billion, from $2.5 billion in 2021."');
  });
});
