import { describe, expect, it } from "vitest";
import { cite, observation, series, source } from "../../tests/fixtures/model-fixtures";
import { buildChartSpec, type ChartDef } from "./build";

const ARTICLE = source("art", { author: "A. Author", publication: "Journal", url: "https://example.org/a" });
const OTHER = source("other", { author: "B. Writer", publication: "Review", published: "2024-10/2025-02" });
OTHER.publishedInferred = true;

const y2021 = observation("trade/2021", "2021", {
  value: 2.5e9,
  citations: [cite(ARTICLE, "$2.5 billion in 2021", "Trade was $2.5 billion in 2021, officials said.")],
});
const growth = observation("growth/2022", "2022", {
  value: 70,
  bound: "approx",
  citations: [cite(OTHER, "near-70% growth")],
});
const y2022 = observation("trade/2022", "2022", {
  value: 4.25e9,
  bound: "approx",
  derived: {
    formula: "{trade/2021} * (1 + {growth/2022} / 100)",
    inputs: [
      { observation: y2021, seriesTitle: "Trade" },
      { observation: growth, seriesTitle: "Growth" },
    ],
  },
});
const y2024 = observation("trade/2024", "2024", {
  value: 4e9,
  bound: "max",
  citations: [cite(OTHER, "did not exceed $4 billion")],
});
const span = observation("share/2011-2020", "2011/2020", {
  value: 94,
  bound: "min",
  citations: [cite(ARTICLE, "94 percent")],
});

const data = [
  series("trade", "Trade", "USD", [y2021, y2022, y2024]),
  series("growth", "Growth", "percent-change", [growth]),
  series("share", "Share", "percent", [span]),
];

const def = (over: Partial<ChartDef>): ChartDef => ({
  id: "c",
  kind: "time",
  title: "T",
  subtitle: "S",
  series: ["trade"],
  ...over,
});

describe("buildChartSpec from plain model objects", () => {
  const spec = buildChartSpec(def({}), data);
  const points = spec.series[0]?.points ?? [];

  it("writes each value with its bound and never more digits than given", () => {
    expect(points.map((p) => p.label)).toEqual(["$2.5B", "≈ $4.25B", "≤ $4B"]);
    expect(points.map((p) => p.description)).toEqual([
      "2021: $2.5B",
      "2022: approximately $4.25B (derived)",
      "2024: at most $4B",
    ]);
  });

  it("cites a derived value through its inputs' sentences, numbered in order of first use", () => {
    expect(points.map((p) => p.footnotes)).toEqual([[1], [1, 2], [3]]);
    expect(spec.footnotes.map((f) => [f.n, f.author, f.observationIds])).toEqual([
      [1, "A. Author", ["trade/2021", "trade/2022"]],
      [2, "B. Writer", ["trade/2022"]],
      [3, "B. Writer", ["trade/2024"]],
    ]);
    expect(spec.footnotes[0]?.href).toContain("#:~:text=Trade%20was%20%242.5");
    expect(spec.footnotes[1]?.published).toBe("c. Oct 2024–Feb 2025");
  });

  it("spells a formula in words with its inputs' names", () => {
    expect(points[1]?.formula).toBe("[Trade, 2021] × (1 + [Growth, 2022] ÷ 100)");
  });

  it("joins adjacent years only and says which year is missing", () => {
    expect(spec.series[0]?.segments).toEqual([["trade/2021", "trade/2022"]]);
    expect(spec.notes.join(" ")).toContain("No figure in the articles for Trade: 2023");
    expect(spec.marks).toEqual({
      exact: true,
      approx: false,
      min: false,
      max: true,
      derived: true,
      interval: false,
      uncertain: false,
      range: false,
    });
    expect(spec.xDomain).toEqual([2021, 2025]);
    expect(spec.yDomain[0]).toBe(0);
  });

  it("bar charts join nothing and add no gap note; percent axes run 0–100", () => {
    const bars = buildChartSpec(def({ kind: "bars", series: ["share"], categories: { share: "Russia" } }), data);
    expect(bars.series[0]?.segments).toEqual([]);
    expect(bars.notes).toEqual([]);
    expect(bars.yDomain).toEqual([0, 100]);
    expect(bars.series[0]?.points[0]).toMatchObject({ category: "Russia", isInterval: true, label: "≥ 94%" });
    expect(bars.marks.interval).toBe(true);
  });

  it("refuses a chart mixing units or naming a series it was not given", () => {
    expect(() => buildChartSpec(def({ series: ["trade", "share"] }), data)).toThrow(/one unit per chart/);
    expect(() => buildChartSpec(def({ series: ["nope"] }), data)).toThrow(/series nope is not in the data/);
  });
});

describe("honest time and ranges in the spec", () => {
  const vague = observation("share/2020-2023", "2020/2023", {
    value: 90,
    bound: "min",
    strict: true,
    periodKind: "uncertain",
    citations: [cite(ARTICLE, "more than 90% a few years ago")],
  });
  const whole = observation("share/2011-2020", "2011/2020", { value: 94, citations: [cite(ARTICLE, "94 percent")] });
  const range = observation("years/2024", "2024", {
    value: 2,
    valueHigh: 2.5,
    citations: [cite(ARTICLE, "2-2.5 years")],
  });
  const spec = buildChartSpec(def({ series: ["share"] }), [series("share", "Share", "percent", [whole, vague])]);
  const [w, v] = spec.series[0]?.points ?? [];

  it("draws a vaguely dated moment as uncertain, never as a span over the period", () => {
    expect(w).toMatchObject({ isInterval: true, periodKind: "span", periodLabel: "2011–2020" });
    expect(v).toMatchObject({ isInterval: false, periodKind: "uncertain", periodLabel: "some time in 2020–2023" });
    expect(v?.description).toBe("some time in 2020–2023: more than 90%");
    expect(v?.details).toContain(
      "The article dates this only vaguely: a moment within 2020–2023, not the whole period.",
    );
    expect(spec.marks).toMatchObject({ interval: true, uncertain: true });
    expect(spec.series[0]?.segments).toEqual([]);
  });

  it("writes a range as a range and makes room for its high end", () => {
    const r = buildChartSpec(def({ series: ["years"] }), [series("years", "Years", "years", [range])]);
    expect(r.series[0]?.points[0]).toMatchObject({
      label: "2–2.5 years",
      valueWords: "between 2 and 2.5 years",
      valueHigh: 2.5,
    });
    expect(r.marks.range).toBe(true);
    expect(r.yDomain[1]).toBeGreaterThan(2.5);
  });
});
