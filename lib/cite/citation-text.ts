// "How to cite": the chart, the dashboard URL and the articles behind it, as plain text.
import type { ChartSpec, Footnote } from "../chart/types";
import { SITE_NAME } from "../site/site";
import { dataStampText, type DataStamp } from "./data-stamp";
import { firstPerSource, sourceLine } from "./source-line";

function articleRef(f: Footnote): string {
  return `${sourceLine(f)}${f.href ? `, ${f.href.split("#")[0]}` : ""}`;
}

/** With `stamp`, the citation names the data version it was made from, so a later correction can be traced. */
export function citationText(spec: ChartSpec, permalink: string, stamp?: DataStamp | null): string {
  const articles = firstPerSource(spec.footnotes).map(articleRef);
  const made = stamp ? ` ${SITE_NAME} ${dataStampText(stamp)}.` : "";
  return `${SITE_NAME}, “${spec.title}” (chart), ${permalink}. Data from: ${articles.join("; ")}.${made}`;
}
