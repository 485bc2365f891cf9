// "How to cite": the chart, the dashboard URL and the articles behind it, as plain text.
import type { ChartSpec, Footnote } from "../chart/types";
import { SITE_NAME } from "../site/site";

function articleRef(f: Footnote): string {
  const title = f.title ? `“${f.title}”` : "untitled article";
  return `${f.author}, ${title}, ${f.publication}, ${f.published}${f.href ? `, ${f.href.split("#")[0]}` : ""}`;
}

export function citationText(spec: ChartSpec, permalink: string): string {
  const seen = new Set<string>();
  const articles = spec.footnotes.filter((f) => !seen.has(f.sourceId) && seen.add(f.sourceId)).map(articleRef);
  return `${SITE_NAME}, “${spec.title}” (chart), ${permalink}. Data from: ${articles.join("; ")}.`;
}
