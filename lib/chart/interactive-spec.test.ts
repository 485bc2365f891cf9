// The interactive view's words come from the static chart and the spec: the same mark names, the bars'
// categories as headings, and each source's one-line name.
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../../tests/fixtures/chart-fixtures";
import { sourceLine } from "../cite/source-line";
import { interactiveSpec } from "./interactive-spec";
import { layoutChart } from "./scene";
import type { Primitive } from "./scene-types";

function staticNames(prims: Primitive[]): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (ps: Primitive[]) =>
    ps.forEach((p) => {
      if (p.type !== "group") return;
      if (p.markId !== undefined) names.set(p.markId, p.ariaLabel ?? "");
      walk(p.children);
    });
  walk(prims);
  return names;
}

describe("interactiveSpec", () => {
  it.each(Object.entries(FIXTURES))("names every mark of %s as the static chart does", (_, spec) => {
    const view = interactiveSpec(spec);
    const names = staticNames(layoutChart(spec, { width: 800, standalone: false }).children);
    const ids = spec.series.flatMap((s) => s.points.map((p) => p.id));
    expect(Object.keys(view.marks).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(view.marks[id]?.ariaLabel).toBe(names.get(id));
    expect(view.sources).toEqual(spec.footnotes.map((f) => ({ n: f.n, line: sourceLine(f) })));
  });

  it("heads a bar's tooltip with its category, a line's with its series only where there are several", () => {
    const bars = interactiveSpec(FIXTURES.invest);
    expect(Object.values(bars.marks).map((m) => m.who)).toEqual([
      "Gazprom Armenia",
      "South Caucasus Railway",
      "VTB Bank (Armenia)",
    ]);
    const trade = interactiveSpec(FIXTURES.trade);
    const several = FIXTURES.trade.series.length > 1;
    for (const s of FIXTURES.trade.series)
      for (const p of s.points) expect(trade.marks[p.id]?.who).toBe(several ? s.title : null);
  });

  it("writes footnote numbers as the static value label does", () => {
    const view = interactiveSpec(FIXTURES.trade);
    for (const p of FIXTURES.trade.series.flatMap((s) => s.points))
      expect(view.marks[p.id]?.footnoteText).toBe(p.footnotes.join(","));
  });
});
