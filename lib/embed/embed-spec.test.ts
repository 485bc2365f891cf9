import { describe, expect, it } from "vitest";
import { TRADE_SPEC } from "../../tests/fixtures/chart-fixtures";
import { layoutChart } from "../chart/scene";
import { flatten, markGroups } from "../chart/scene-types";
import { embedSpec } from "./embed-spec";

describe("embedSpec", () => {
  it("draws no footnote numbers on the marks when the footnotes are hidden", () => {
    const shown = layoutChart(embedSpec(TRADE_SPEC, { footnotes: "show" }), { width: 600, standalone: false });
    const hidden = layoutChart(embedSpec(TRADE_SPEC, { footnotes: "hide" }), { width: 600, standalone: false });
    expect(markGroups(shown.children).some((g) => g.footnotes.length > 0)).toBe(true);
    expect(markGroups(hidden.children).every((g) => g.footnotes.length === 0)).toBe(true);
    const texts = (s: typeof shown) => flatten(s.children).flatMap((p) => (p.type === "text" ? [p.text] : []));
    // The value labels stay; only the superscript numbers (their own text primitives) go.
    expect(texts(hidden).length).toBeLessThan(texts(shown).length);
    for (const label of ["$7.4B", "≤ $4B"]) expect(texts(hidden)).toContain(label);
    expect(texts(hidden).some((t) => /^\d+(,\d+)*$/.test(t) && t.length <= 3 && Number(t) <= 9)).toBe(false);
  });

  it("keeps the sources themselves", () => {
    expect(embedSpec(TRADE_SPEC, { footnotes: "hide" }).footnotes).toEqual(TRADE_SPEC.footnotes);
  });
});
