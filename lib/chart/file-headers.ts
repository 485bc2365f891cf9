// The headers of a chart file answer (SVG, PNG, PDF, CSV, JSON), built in one place for the Next.js
// route (server/chart-file-response.ts) and the server's fast path for cached files
// (lib/http/cached-chart-file.ts), so both answer alike.
import { downloadFilename } from "./credit";
import { buildId } from "../site/build-id";
import { chartFileKey } from "./file-key";
import type { RenderedFile } from "./render-file";
import type { ChartRequest } from "./request";

/**
 * A string, not a hash: the key names the data version and every parameter that changes the bytes, and
 * the build names the code that drew them (a 304 needs no render, even in a fresh process).
 */
export const chartFileEtag = (req: ChartRequest, version: string): string =>
  `"${buildId()}-${chartFileKey(req, version)}"`;

export function chartFileHeaders(
  req: ChartRequest,
  file: RenderedFile,
  version: string,
  stale: boolean,
): Record<string, string> {
  // Every file downloads under a name that says what it is (chart, day, data version); an <img> still shows it.
  const filename = downloadFilename(req.chartId, req.format, version, new Date());
  return {
    "Content-Type": file.contentType,
    // Short: a cache comes back within seconds to learn of a new version (the ETag makes that a 304),
    // and may keep a file for a day while the site is down.
    "Cache-Control": stale ? "no-store" : "public, max-age=5, stale-if-error=86400",
    ETag: chartFileEtag(req, version),
    "X-Data-Version": version,
    ...(stale ? { "X-Data-Stale": "1", Warning: '110 - "Response is Stale"' } : {}),
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Access-Control-Allow-Origin": "*",
  };
}
