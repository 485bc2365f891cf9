import "server-only";
// A chart file (SVG, PNG, PDF, CSV, JSON) of the data version the replica serves, as an HTTP answer. The
// file and its ETag belong to one version (server/chart-files.ts reads the spec between two reads of the
// version and says when a publish landed in between). When the database fails, the newest file made for
// the same request is served, marked stale; without one the answer is a 503 with Retry-After, never a 500.
import { getLiveState, noteDatabaseFailure, RETRY_AFTER_S, UNREACHABLE } from "@/db/live-state";
import { chartFileEtag, chartFileHeaders } from "@/lib/chart/file-headers";
import { etagMatches } from "@/lib/http/etag";
import type { RenderedFile } from "@/lib/chart/render-file";
import type { ChartRequest } from "@/lib/chart/request";
import { textError } from "@/lib/http/text-error";
import { DataUnavailable, getChartFile, lastMadeChartFile, type ChartFileResult } from "./chart-files";
import { followVersion } from "./version-read";

/** Seconds a client should wait before asking again when every render worker is taken. */
const RENDER_RETRY_AFTER = "2";

function unavailable(message: string, retryAfter: string): Response {
  const response = textError(503, message);
  response.headers.set("Retry-After", retryAfter);
  return response;
}

function fileResponse(req: ChartRequest, file: RenderedFile, version: string, stale: boolean, hit = true): Response {
  const headers = { ...chartFileHeaders(req, file, version, stale), "X-Cache": hit ? "HIT" : "MISS" };
  return new Response(new Uint8Array(file.body), { headers });
}

/** The database cannot serve: the newest file made for this request, stale, or a 503 naming the fix. */
function fallback(req: ChartRequest, message: string): Response {
  const last = lastMadeChartFile(req);
  if (last) return fileResponse(req, last.file, last.version, true);
  return unavailable(`Service unavailable: ${message}`, String(RETRY_AFTER_S));
}

/** Renders for `version`, following a publish that lands meanwhile (up to three times). */
const fileOfVersion = (req: ChartRequest, version: string) => followVersion(version, (v) => getChartFile(req, v));

export async function serveChartFile(req: ChartRequest, ifNoneMatch: string | null): Promise<Response> {
  const state = await getLiveState();
  if (!state.ok) return fallback(req, state.message);
  // Checked before any render: a client with the current file costs nothing.
  const etag = chartFileEtag(req, state.version);
  if (etagMatches(ifNoneMatch, etag))
    return new Response(null, { status: 304, headers: { ETag: etag, "X-Data-Version": state.version } });
  let result: ChartFileResult;
  let version: string;
  try {
    [result, version] = await fileOfVersion(req, state.version);
  } catch (e) {
    if (e instanceof DataUnavailable) return fallback(req, e.message);
    noteDatabaseFailure();
    console.error(`chart ${req.chartId.slice(0, 60)}: ${(e as Error).message.split("\n")[0]}`);
    return fallback(req, UNREACHABLE);
  }
  if (result.ok) return fileResponse(req, result.file, version, false, result.made !== true);
  switch (result.reason) {
    case "not-found":
      return textError(404, "Not found: there is no chart by that name");
    case "busy":
    case "aborted":
      return unavailable("Busy: every image renderer is taken; try again in a few seconds", RENDER_RETRY_AFTER);
    case "too-large":
      return textError(400, result.message);
    case "timeout":
    case "failed":
      return unavailable("The image could not be rendered just now; try again in a few seconds", RENDER_RETRY_AFTER);
    case "version-moved":
      return unavailable("The data is being republished; try again in a few seconds", RENDER_RETRY_AFTER);
  }
}
