// A spec whose marks carry no footnote numbers: for views that do not list the numbered footnotes (a story
// card on the home page, an embed with footnotes=hide), where a number would point nowhere.
import type { ChartSpec } from "./types";

export function unnumbered(spec: ChartSpec): ChartSpec {
  return {
    ...spec,
    series: spec.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, footnotes: [] })) })),
  };
}
