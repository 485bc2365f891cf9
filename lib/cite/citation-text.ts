// "How to cite": the chart, the dashboard URL and the articles behind it, as plain text.
import type { ChartSpec, Footnote } from "../chart/types";
import { SITE_NAME } from "../site/site";
import { firstPerSource, sourceLine } from "./source-line";

function articleRef(f: Footnote): string {
  return `${sourceLine(f)}${f.href ? `, ${f.href.split("#")[0]}` : ""}`;
}

export function citationText(spec: ChartSpec, permalink: string): string {
  const articles = firstPerSource(spec.footnotes).map(articleRef);
  return `${SITE_NAME}, “${spec.title}” (chart), ${permalink}. Data from: ${articles.join("; ")}.`;
}
