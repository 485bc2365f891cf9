import "server-only";
import type { Credit } from "@/lib/chart/credit";
import { chartFileCache, chartFilesInFlight } from "@/lib/chart/file-cache";
import { chartFileKey } from "@/lib/chart/file-key";
import { asRenderedFile, renderChartFile, type RenderedFile } from "@/lib/chart/render-file";
import type { ChartRequest } from "@/lib/chart/request";
import { Lru } from "@/lib/http/lru";
import { chartPagePath } from "@/lib/registry/charts";
import type { JobFailure } from "@/lib/render/worker-pool";
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";
import type { ChartSpec } from "@/lib/chart/types";
import { fetchChartSpec } from "./chart-specs";
import { renderPool } from "./render-pool";
import { DataUnavailable, readOfVersion } from "./version-read";

export type ChartFileResult =
  // `made`: rendered for this very request, not taken from the cache or from another request's render
  // (the X-Cache header says which; bench: hostile counts renders by it).
  | { ok: true; file: RenderedFile; made?: true }
  | { ok: false; reason: "not-found" | JobFailure }
  | { ok: false; reason: "too-large"; message: string }
  // A publish landed while the chart was read: the caller asks again for `version` (issue 12).
  | { ok: false; reason: "version-moved"; version: string };

export { DataUnavailable };

// Shared with the HTTP server's fast path, which answers repeats without Next.js (lib/chart/file-cache.ts).
const cache = chartFileCache();
// The newest file per request whatever its version: what an outage falls back to, marked stale (issue 12).
const lastMade = new Lru<{ file: RenderedFile; version: string }>(200, {
  maxWeight: 32 * 1024 * 1024,
  weigh: (m) => m.file.body.byteLength,
});
// Requests for a file already being rendered wait for that render instead of starting another.
// Shared with the HTTP server's fast path, which waits for them too (lib/chart/file-cache.ts).
const inFlight = chartFilesInFlight() as Map<string, Promise<ChartFileResult>>;

/**
 * Drawn files (SVG, PNG, PDF) are made by a render worker from plain data: layout and text shaping
 * (fontkit), resvg and pdfkit take from 10 ms to seconds of CPU, and on the request thread they would
 * hold up every page. CSV and JSON are a few ms of string building and stay here.
 */
const offThread = (req: ChartRequest) => req.format === "svg" || req.format === "png" || req.format === "pdf";

async function renderInWorker(spec: ChartSpec, req: ChartRequest, credit: Credit): Promise<ChartFileResult> {
  // One lane per format: PNGs and PDFs take turns for the workers and the queue's places (issue 14).
  const result = await renderPool().run("file", { spec, req, credit }, { lane: req.format });
  if (result.ok) return { ok: true, file: asRenderedFile(req, Buffer.from(result.value)) };
  if (result.code === "RenderLimitError")
    return { ok: false, reason: "too-large", message: result.detail ?? "too large" };
  return result;
}

async function render(req: ChartRequest, version: string): Promise<ChartFileResult> {
  // Refused before any work when every worker is taken: a client spinning on 503s must not even cost
  // the spec's query (bench: hostile).
  if (offThread(req) && !renderPool().accepting(req.format)) return { ok: false, reason: "busy" };
  // The spec is read between two reads of the version, so a file never mixes two versions (issue 12).
  const read = await readOfVersion(version, () => fetchChartSpec(req.chartId));
  if (!read.ok) return read;
  const spec = read.value;
  if (!spec) return { ok: false, reason: "not-found" };
  const credit = { chartUrl: absoluteUrl(chartPagePath(spec.id) ?? routes.home()), dataVersion: version };
  if (offThread(req)) return renderInWorker(spec, req, credit);
  return { ok: true, file: await renderChartFile(spec, req, credit) };
}

/** A chart file from the cache, from a render in flight, or rendered now (images and PDFs off the request thread). */
export async function getChartFile(req: ChartRequest, version: string): Promise<ChartFileResult> {
  const key = chartFileKey(req, version);
  const cached = cache.get(key);
  if (cached) return { ok: true, file: cached };
  const joined = inFlight.get(key);
  if (joined) return joined.then((r) => (r.ok ? { ok: true, file: r.file } : r));
  const pending = render(req, version)
    .then((r) => {
      if (r.ok) {
        cache.set(key, r.file);
        lastMade.set(chartFileKey(req, ""), { file: r.file, version });
      }
      return r;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, pending);
  return pending.then((r) => (r.ok ? { ...r, made: true } : r));
}

/** The newest file made for this request from any data version, or null. */
export function lastMadeChartFile(req: ChartRequest): { file: RenderedFile; version: string } | null {
  return lastMade.get(chartFileKey(req, "")) ?? null;
}
