// Value labels in the explorer: a series of a few yearly figures shares its time axis with a long period
// from another series (2011–2020), so each year is narrow. Its values must still be written wherever they
// fit free of every other mark, label and line: footnote numbers alone ("2,1" beside a point on a dollar
// axis) read like a value.
import { describe, expect, it } from "vitest";
import { cite, observation, series, source } from "../../../tests/fixtures/model-fixtures";
import { overlapArea } from "../scene-labels";
import { textBox, type Box } from "../scene-text";
import { flatten, type Primitive } from "../scene-types";
import { composePanels } from "./compose";
import { layoutPanels } from "./scene-panels";

const aravot = source("aravot", { author: "B. Writer", publication: "Aravot", url: "https://aravot.example/a" });
const caci = source("caci", { author: "R. Writer", publication: "CACI", url: "https://caci.example/a" });
const t21 = observation("trade/2021", "2021", { value: 2.5e9, citations: [cite(aravot, "$2.5 billion in 2021")] });
const growth = observation("growth/2022", "2022", { value: 70, bound: "approx", citations: [cite(caci, "near-70%")] });
const t22 = observation("trade/2022", "2022", {
  value: 4.25e9,
  bound: "approx",
  precision: 2,
  derived: {
    formula: "{trade/2021} * (1 + {growth/2022} / 100)",
    inputs: [
      { observation: t21, seriesTitle: "Trade" },
      { observation: growth, seriesTitle: "Growth" },
    ],
  },
});
const t24 = observation("trade/2024", "2024", { value: 12.4e9, citations: [cite(aravot, "$12.4 billion")] });
const trade = series("trade", "Trade", "USD", [t21, t22, t24]);
const iran = series("iran", "Iran trade", "USD", [
  observation("iran/2024", "2024", {
    value: 4e9,
    bound: "max",
    citations: [cite(caci, "did not exceed US$ 4 billion")],
  }),
]);
const share = series("share", "Share", "percent", [
  observation("share/2011-2020", "2011/2020", { value: 94, bound: "min", citations: [cite(caci, "no less than 94")] }),
  observation("share/2025", "2025", {
    value: 10,
    bound: "max",
    strict: true,
    periodKind: "uncertain",
    citations: [cite(aravot, "below 10%")],
  }),
]);

function scene(width: number) {
  const chart = composePanels({
    id: "explore",
    title: "T",
    subtitle: "S",
    note: "",
    from: null,
    to: null,
    series: [trade, share, iran],
  });
  return layoutPanels(chart, { width, standalone: true });
}

const texts = (width: number) => flatten(scene(width).children).flatMap((p) => (p.type === "text" ? [p.text] : []));

/** Each mark's label (its value and footnote numbers) as one box per text, keyed by the mark. */
function markTexts(width: number): { mark: string; box: Box }[] {
  const inMarks = (ps: Primitive[], mark: string | null): { mark: string; box: Box }[] =>
    ps.flatMap((p) => {
      if (p.type === "group") return inMarks(p.children, p.markId ?? mark);
      return p.type === "text" && mark !== null ? [{ mark, box: textBox(p) }] : [];
    });
  return inMarks(scene(width).children, null);
}

describe("value labels on a long shared time axis", () => {
  it("writes each of a short series' values where it fits, not only its last", () => {
    const drawn = texts(800);
    expect(drawn).toContain("$12.4B");
    expect(drawn).toContain("$2.5B");
    expect(drawn).toContain("≈ $4.3B");
  });

  it("writes no value over another: the marks' texts never overlap, at any width", () => {
    for (const width of [320, 400, 560, 800, 1200]) {
      const labels = markTexts(width);
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1))
          if (a.mark !== b.mark) expect(overlapArea(a.box, b.box), `${a.mark}, ${b.mark} at ${width}`).toBe(0);
    }
  });
});
