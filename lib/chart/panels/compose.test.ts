import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cite, observation, series, source } from "../../../tests/fixtures/model-fixtures";
import { flatten, type Primitive } from "../scene-types";
import { sceneToSvg } from "../svg";
import { composePanels } from "./compose";
import { panelCsv } from "./downloads-panels";
import { layoutPanels } from "./scene-panels";

const tass = source("tass", { author: "TASS", publication: "TASS", url: "https://tass.example/a" });
const eurasia = source("eurasia", { author: "A. Writer", publication: "Eurasianet" });
const shared = cite(tass, "trade reached $2.6 billion and imports were 94% from Russia");

const t21 = observation("trade/2021", "2021", { value: 2.6e9, citations: [shared] });
const t22 = observation("trade/2022", "2022", { value: 5e9, bound: "min", citations: [cite(tass, "over $5 billion")] });
const t23 = observation("trade/2023", "2023", {
  value: 5.5e9,
  precision: 2,
  citations: [],
  derived: { formula: "{trade/2022} × 1.1", inputs: [{ observation: t22, seriesTitle: "Trade" }] },
});
const trade = series("trade", "Trade", "USD", [t21, t22, t23]);
const loans = series("loans", "Loans", "USD", [
  observation("loans/2011-2020", "2011/2020", {
    value: 4e9,
    bound: "max",
    citations: [cite(eurasia, "up to $4 billion")],
  }),
]);
const share = series("share", "Import share", "percent", [
  observation("share/2020", "2020", { value: 94, citations: [shared] }),
  observation("share/2024", "2024", { value: 70, bound: "approx", citations: [cite(eurasia, "near-70%")] }),
]);
const deal = series("deal", "Deal", "count", [
  observation("deal/2019", "2019", { value: 4, citations: [cite(eurasia, "four jets")] }),
]);

const input = { id: "explore", title: "T", subtitle: "S", note: "", from: null, to: null };

function axisLefts(prims: Primitive[]): number[] {
  // Each panel's value grid: the first horizontal line of each "axis" group.
  return prims.flatMap((p) => {
    if (p.type !== "group") return [];
    if (p.role !== "axis") return axisLefts(p.children);
    const line = flatten(p.children).find((c) => c.type === "line" && c.y1 === c.y2 && c.x2 > c.x1);
    return line && line.type === "line" ? [line.x1] : [];
  });
}

describe("panel composition", () => {
  it("puts each unit on its own panel, in the order chosen, with one time axis", () => {
    const chart = composePanels({ ...input, series: [trade, share, loans] });
    expect(chart.panels.map((p) => [p.unit, p.kind, p.series.map((s) => s.slug)])).toEqual([
      ["USD", "time", ["trade", "loans"]],
      ["percent", "time", ["share"]],
    ]);
    expect(chart.panels[0]?.xDomain).toEqual(chart.panels[1]?.xDomain);
    expect(chart.panels[0]?.xDomain).toEqual([2011, 2025]);
    // One colour per series across panels.
    expect(chart.panels.flatMap((p) => p.series.map((s) => s.colorIndex))).toEqual([0, 2, 1]);
  });

  it("numbers footnotes once across panels: a sentence cited in two panels is one footnote", () => {
    const chart = composePanels({ ...input, series: [trade, share] });
    expect(chart.footnotes.map((f) => f.n)).toEqual([1, 2, 3]);
    expect(chart.footnotes.map((f) => f.quote)).toEqual([shared.quote, "over $5 billion", "near-70%"]);
    const points = chart.panels.flatMap((p) => p.series.flatMap((s) => s.points));
    const byId = new Map(points.map((p) => [p.id, p]));
    expect(byId.get("share/2020")?.footnotes).toEqual([1]);
    expect(byId.get("trade/2021")?.footnotes).toEqual([1]);
    expect(byId.get("share/2024")?.footnotes).toEqual([3]);
    // A derived value points at the sentence of its input.
    expect(byId.get("trade/2023")?.footnotes).toEqual([2]);
    expect(chart.footnotes[0]?.observationIds.sort()).toEqual(["share/2020", "trade/2021"]);
  });

  it("keeps every encoding a built-in chart has: bounds, spans, derived precision", () => {
    const chart = composePanels({ ...input, series: [trade, loans, share] });
    const points = new Map(chart.panels.flatMap((p) => p.series.flatMap((s) => s.points)).map((p) => [p.id, p]));
    expect(points.get("loans/2011-2020")).toMatchObject({ bound: "max", isInterval: true });
    expect(points.get("loans/2011-2020")?.label).toMatch(/^≤/);
    expect(points.get("trade/2022")?.label).toMatch(/^≥/);
    expect(points.get("trade/2023")).toMatchObject({ derived: true, precision: 2 });
    expect(points.get("share/2024")?.label).toMatch(/^≈/);
    expect(chart.panels[0]?.marks).toMatchObject({ max: true, min: true, derived: true, interval: true });
  });

  it("draws bars when every series of a unit has one figure", () => {
    const chart = composePanels({ ...input, series: [deal, trade] });
    expect(chart.panels.map((p) => p.kind)).toEqual(["bars", "time"]);
  });

  it("keeps a period that overlaps the years asked for whole, and names series with nothing in them", () => {
    const chart = composePanels({ ...input, series: [loans, share, deal], from: 2019, to: 2021 });
    const ids = chart.panels.flatMap((p) => p.series.flatMap((s) => s.points.map((pt) => pt.id)));
    expect(ids).toEqual(["loans/2011-2020", "share/2020", "deal/2019"]);
    expect(chart.panels.map((p) => p.kind)).toEqual(["bars", "bars", "bars"]);
    const ranged = composePanels({ ...input, series: [trade, loans, share], from: 2019, to: 2022 });
    expect(ranged.panels.map((p) => p.kind)).toEqual(["time", "bars"]);
    expect(ranged.panels[0]?.xDomain).toEqual([2011, 2023]);
    const none = composePanels({ ...input, series: [share, deal], from: 2021, to: 2023 });
    expect(none.empty).toEqual(["Import share", "Deal"]);
    expect(none.panels).toEqual([]);
  });

  it("lines the time axes of panels in different units up", () => {
    // The dollar panel has two series (so a key with a horizontal line of its own) and wider value labels.
    const chart = composePanels({ ...input, series: [trade, loans, share] });
    for (const width of [360, 800]) {
      const lefts = axisLefts(layoutPanels(chart, { width, standalone: false }).children);
      expect(lefts).toHaveLength(2);
      expect(Math.abs((lefts[0] ?? 0) - (lefts[1] ?? 1))).toBeLessThan(0.5);
    }
  });

  it("writes every footnote and the reporter's text, escaped, into the image", () => {
    const title = `<script>alert(1)</script> & co`;
    const chart = composePanels({ ...input, title, note: "My <b>note</b>", series: [trade, share, loans] });
    const svg = sceneToSvg(layoutPanels(chart, { width: 800, standalone: true }), { theme: "light" });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain("My &lt;b&gt;note&lt;/b&gt;");
    const text = flatten(layoutPanels(chart, { width: 800, standalone: true }).children)
      .flatMap((p) => (p.type === "text" ? [p.text] : []))
      .join(" ");
    for (const f of chart.footnotes) expect(text.replace(/\s+/g, " ")).toContain(f.author);
    expect(text).toContain("Sources");
  });

  it("writes one CSV row per observation, with all of its citations in columns", () => {
    const chart = composePanels({ ...input, series: [trade, share] });
    const rows = parse(panelCsv(chart), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => `${r.panel} ${r.series} ${r.period}`)).toEqual([
      "1 trade 2021",
      "1 trade 2022",
      "1 trade 2023",
      "2 share 2020",
      "2 share 2024",
    ]);
    const derived = rows.find((r) => r.series === "trade" && r.period === "2023");
    expect(derived).toMatchObject({ derived: "true", citations: "2", quotes: "“over $5 billion”" });
    expect(rows.find((r) => r.period === "2022")?.as_stated).toMatch(/^≥/);
    expect(rows[0]?.urls).toContain("https://tass.example/a#:~:text=");
  });
});
