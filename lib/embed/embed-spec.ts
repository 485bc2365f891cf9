// The spec an embed draws. With footnotes=hide the page lists the sources on one line, unnumbered, so a
// mark's footnote number would point nowhere: the marks go without them (the chart page keeps them).
import type { ChartSpec } from "../chart/types";
import type { EmbedOptions } from "./embed-options";

export function embedSpec(spec: ChartSpec, options: Pick<EmbedOptions, "footnotes">): ChartSpec {
  if (options.footnotes === "show") return spec;
  return {
    ...spec,
    series: spec.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, footnotes: [] })) })),
  };
}
