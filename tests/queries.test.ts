// The data-access layer and the chart specs, against a temporary database built by the real
// migrations and loaded with the real data/.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "queries-")), "q.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { getAllSeriesData } = await import("@/db/queries/series");
const { getChartSpec } = await import("@/server/chart-specs");
const { getSource, getSources } = await import("@/db/queries/sources");

beforeAll(async () => {
  const result = await loadDataset(createWriterDb(), DATA_DIR);
  expect(result).toMatchObject({ ok: true });
});

describe("story chart specs", () => {
  it("draws Russia–Armenia trade with a derived 2022 and a gap for 2023", async () => {
    const spec = await getChartSpec("russia-armenia-trade");
    const trade = spec?.series.find((s) => s.slug === "ru-am-trade-turnover");
    expect(trade?.points.map((p) => p.period)).toEqual(["2021", "2022", "2024"]);
    const derived = trade?.points.find((p) => p.period === "2022");
    expect(derived).toMatchObject({ derived: true, bound: "approx", label: "≈ $4.3B", precision: 2 });
    expect(derived?.formula).toContain("Russia–Armenia trade growth, 2022");
    const derivedSources = spec?.footnotes.filter((f) => derived?.footnotes.includes(f.n)).map((f) => f.sourceId);
    expect(derivedSources?.sort()).toEqual(["avdaliani-2023-cepa", "poghosyan-2025-aravot"]);
    expect(spec?.notes.join(" ")).toContain("No figure in the articles for Russia–Armenia trade turnover: 2023.");
    expect(trade?.segments).toEqual([["ru-am-trade-turnover/2021", "ru-am-trade-turnover/2022"]]);
    const iran = spec?.series.find((s) => s.slug === "ru-ir-trade-turnover");
    expect(iran?.points.map((p) => [p.label, p.bound])).toEqual([["≤ $4B", "max"]]);
    expect(spec?.yDomain[0]).toBe(0);
  });

  it("gives every plotted value a footnote that exists", async () => {
    for (const id of ["russia-armenia-trade", "india-pakistan-arms", "armenia-arms-dependence"]) {
      const spec = await getChartSpec(id);
      const numbers = new Set(spec?.footnotes.map((f) => f.n));
      for (const p of spec?.series.flatMap((s) => s.points) ?? []) {
        expect(p.footnotes.length, p.id).toBeGreaterThan(0);
        for (const n of p.footnotes) expect(numbers.has(n), `${p.id} → [${n}]`).toBe(true);
      }
      expect(spec?.footnotes.map((f) => f.n)).toEqual(spec?.footnotes.map((_, i) => i + 1));
    }
  });

  it("draws Armenia's arms-import shares as intervals and bounds on a 0–100 axis", async () => {
    const spec = await getChartSpec("armenia-arms-dependence");
    expect(spec?.yDomain).toEqual([0, 100]);
    const points = spec?.series[0]?.points ?? [];
    const decade = points.find((p) => p.period === "2011/2020");
    expect(decade).toMatchObject({ isInterval: true, start: 2011, end: 2021 });
    expect(decade?.footnotes.length).toBeGreaterThanOrEqual(2);
    expect(points.find((p) => p.period === "2025")).toMatchObject({ bound: "max", label: "< 10%" });
    expect(spec?.series[0]?.segments).toEqual([]);
    expect(spec?.annotations.map((a) => a.label)).toEqual(["44-day war (2020)", "Coup plot announced (18 Sept 2024)"]);
  });

  it("links footnotes to the quoted sentence with a text fragment", async () => {
    const spec = await getChartSpec("russia-armenia-trade");
    const aravot = spec?.footnotes.find((f) => f.sourceId === "poghosyan-2025-aravot");
    expect(aravot?.href).toMatch(
      /^https:\/\/en\.aravot\.am\/2025\/05\/22\/359931#:~:text=In%202024%2C%20trade%20turnover,/,
    );
  });

  it("returns null for unknown charts", async () => {
    expect(await getChartSpec("nope")).toBeNull();
    expect(await getChartSpec("series-nope")).toBeNull();
  });
});

describe("sources", () => {
  it("lists every source and the figures taken from one", async () => {
    expect((await getSources()).length).toBe(9);
    const found = await getSource("sukhankin-2025-russia-iran-treaty");
    expect(found?.figures.map((f) => f.observation.id)).toContain("ru-ir-trade-turnover/2024");
    expect(await getSource("../../etc/passwd")).toBeNull();
  });

  it("gives every series its observations in time order", async () => {
    for (const s of await getAllSeriesData()) {
      const starts = s.observations.map((o) => o.periodStart);
      expect(starts).toEqual([...starts].sort());
    }
  });
});
