// The spec an embed draws. With footnotes=hide the page lists the sources on one line, unnumbered, so a
// mark's footnote number would point nowhere: the marks go without them (the chart page keeps them).
import type { ChartSpec } from "../chart/types";
import { unnumbered } from "../chart/unnumbered";
import type { EmbedOptions } from "./embed-options";

export function embedSpec(spec: ChartSpec, options: Pick<EmbedOptions, "footnotes">): ChartSpec {
  return options.footnotes === "show" ? spec : unnumbered(spec);
}
