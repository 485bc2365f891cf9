import { describe, expect, it } from "vitest";
import { cite, observation, series, source } from "../../tests/fixtures/model-fixtures";
import { buildChartSpec } from "./build";
import { layoutChart } from "./scene";
import { UNCERTAIN_DASH } from "./scene-marks";
import type { Primitive } from "./scene-types";

const A = source("a", { author: "A", publication: "P" });
const spec = buildChartSpec({ id: "c", kind: "time", title: "T", subtitle: "S", series: ["share"] }, [
  series("share", "Share", "percent", [
    observation("share/2011-2020", "2011/2020", { value: 94, citations: [cite(A, "94 percent")] }),
    observation("share/2020-2023", "2020/2023", {
      value: 90,
      bound: "min",
      strict: true,
      periodKind: "uncertain",
      citations: [cite(A, "more than 90%")],
    }),
  ]),
]);

function flat(ps: Primitive[]): Primitive[] {
  return ps.flatMap((p) => (p.type === "group" ? [p, ...flat(p.children)] : [p]));
}

function markGroup(id: string) {
  const g = flat(layoutChart(spec, { width: 800, standalone: false }).children).find(
    (p) => p.type === "group" && p.markId === id,
  );
  if (!g || g.type !== "group") throw new Error(id);
  return g;
}

describe("an uncertain moment is drawn dotted, a whole period as a bar", () => {
  it("draws the span as a filled bar and the vague moment as a dotted line without a bar", () => {
    expect(markGroup("share/2011-2020").children.some((p) => p.type === "rect")).toBe(true);
    const vague = markGroup("share/2020-2023");
    expect(vague.children.some((p) => p.type === "rect")).toBe(false);
    expect(vague.children.some((p) => p.type === "line" && p.dash === UNCERTAIN_DASH)).toBe(true);
    expect(vague.ariaLabel).toBe("some time in 2020–2023: more than 90%, source 2");
  });

  it("explains the dotted mark in the image's legend", () => {
    const words = flat(layoutChart(spec, { width: 800, standalone: true }).children)
      .flatMap((p) => (p.type === "text" ? [p.text] : []))
      .join(" ");
    expect(words).toContain("a moment somewhere within the dotted");
  });
});
