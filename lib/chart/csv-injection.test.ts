// CSV downloads never hand a spreadsheet a formula (issue 14): a text cell starting with = + - @ is
// neutralised; numbers, negative ones included, stay numbers.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../../tests/fixtures/chart-fixtures";
import { neutraliseCell, toCsv } from "./downloads";
import type { ChartSpec } from "./types";

function withText(text: string): ChartSpec {
  const spec = structuredClone(FIXTURES.trade);
  const series = spec.series[0];
  const point = series?.points[0];
  if (!series || !point) throw new Error("fixture has no point");
  series.title = text;
  point.note = text;
  point.value = -5;
  spec.footnotes = spec.footnotes.map((f) => ({ ...f, quote: text, author: text }));
  return spec;
}

describe("CSV cells", () => {
  it.each(['=HYPERLINK("http://evil.example")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])(
    "neutralises %j in every text column",
    (text) => {
      const rows = parse(toCsv(withText(text)), { columns: true }) as Record<string, string>[];
      const first = rows[0];
      expect(first?.series_title).toBe(`'${text}`);
      expect(first?.note).toBe(`'${text}`);
      for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]/);
    },
  );

  it("keeps numbers and ordinary text as they are", () => {
    const rows = parse(toCsv(withText("Trade, per Rosstat")), { columns: true }) as Record<string, string>[];
    expect(rows[0]?.value).toBe("-5");
    expect(rows[0]?.note).toBe("Trade, per Rosstat");
    expect(neutraliseCell("2024")).toBe("2024");
  });
});
