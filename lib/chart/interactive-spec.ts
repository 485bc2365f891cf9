import { sourceLine } from "../cite/source-line";
import { categoryOf } from "./scene-bars";
import { footnoteText } from "./scene-labels";
import { layoutChart, MIN_WIDTH } from "./scene";
import type { Primitive } from "./scene-types";
import type { ChartPoint, ChartSeries, ChartSpec } from "./types";

/** What the interactive view says about one mark, worded here once from the spec and the static chart. */
export type InteractiveMark = {
  /** The screen-reader name of the mark, exactly as on the static chart (scene-aria's markAriaLabel). */
  ariaLabel: string;
  /** Whose value it is, where the chart has several series or categories: the tooltip's heading. */
  who: string | null;
  /** The footnote numbers as the static chart's value label writes them: "1,3". */
  footnoteText: string;
};

/**
 * What the interactive view draws. Client components receive their props inside every page's RSC
 * payload, so the page sends only these fields: not the footnote quotes, notes and summary the
 * server-drawn figure already shows, but each source's one-line name for the tooltips.
 */
export type InteractiveSpec = Pick<
  ChartSpec,
  "id" | "kind" | "title" | "unit" | "axisLabel" | "xDomain" | "yDomain" | "series" | "annotations"
> & {
  marks: Record<string, InteractiveMark>;
  /** "Author, “Title”, Publication, 21 Feb 2025" by footnote number, for the tooltips' source lines. */
  sources: { n: number; line: string }[];
};

function ariaLabels(prims: Primitive[], into: Map<string, string>): Map<string, string> {
  for (const p of prims) {
    if (p.type !== "group") continue;
    if (p.markId !== undefined && p.ariaLabel) into.set(p.markId, p.ariaLabel);
    ariaLabels(p.children, into);
  }
  return into;
}

function who(spec: ChartSpec, s: ChartSeries, p: ChartPoint): string | null {
  switch (spec.kind) {
    case "time":
      return spec.series.length > 1 ? s.title : null;
    case "bars":
      return categoryOf(s, p);
  }
}

export function interactiveSpec(spec: ChartSpec): InteractiveSpec {
  const { id, kind, title, unit, axisLabel, xDomain, yDomain, series, annotations } = spec;
  // The static chart's own mark names (any layout width words them the same), so the two can never differ.
  const aria = ariaLabels(layoutChart(spec, { width: MIN_WIDTH, standalone: false }).children, new Map());
  const marks = Object.fromEntries(
    series.flatMap((s) =>
      s.points.map((p) => [
        p.id,
        { ariaLabel: aria.get(p.id) ?? p.description, who: who(spec, s, p), footnoteText: footnoteText(p.footnotes) },
      ]),
    ),
  );
  const sources = spec.footnotes.map((f) => ({ n: f.n, line: sourceLine(f) }));
  return { id, kind, title, unit, axisLabel, xDomain, yDomain, series, annotations, marks, sources };
}
