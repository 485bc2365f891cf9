// What every exported chart carries besides the chart: who made it, where it lives, which data it shows,
// on what terms; and addresses that print readably.
import { SITE_NAME } from "../site/site";

/** The terms printed in PNG text chunks and PDF metadata (the quoted sentences stay their publishers'). */
export const CHART_LICENCE = `Chart: ${SITE_NAME}. Free to reuse with credit and a link to the chart. Quoted sentences remain the property of their publishers.`;

export type Credit = { chartUrl: string; dataVersion: string };

/** "Caucasus Flows · data version 2026-11-30.3" (the chart's URL follows on its own line). */
export function creditLine(credit: Credit): string {
  return `${SITE_NAME} · data version ${credit.dataVersion}`;
}

/**
 * An address as it should read on paper: without the #:~:text= fragment that lands a browser on the quoted
 * sentence (the full link stays clickable in the PDF and SVG), percent-escapes decoded where they are text.
 */
export function printableUrl(url: string): string {
  const bare = url.split("#")[0] ?? url;
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}

/** "russia-armenia-trade_2026-11-30_data-3f2a.pdf": the chart, the day it was made and the data version. */
export function downloadFilename(chartId: string, ext: string, dataVersion: string, now: Date): string {
  const version = dataVersion.replace(/[^A-Za-z0-9.-]+/g, "-").slice(0, 40);
  return `${chartId}_${now.toISOString().slice(0, 10)}_data-${version}.${ext}`;
}
