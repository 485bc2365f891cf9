import "server-only";
import { chartFileKey } from "@/lib/chart/file-key";
import { pngRenderOptions } from "@/lib/chart/png";
import { renderChartFile, type RenderedFile } from "@/lib/chart/render-file";
import type { ChartRequest } from "@/lib/chart/request";
import { Lru } from "@/lib/http/lru";
import type { JobFailure } from "@/lib/render/worker-pool";
import { getChartSpec } from "./chart-specs";
import { renderPool } from "./render-pool";

export type ChartFileResult = { ok: true; file: RenderedFile } | { ok: false; reason: "not-found" | JobFailure };

// Bounded by entries and by bytes: 200 small CSVs or a few dozen print-size PNGs, never more than 64 MB.
const cache = new Lru<RenderedFile>(200, { maxWeight: 64 * 1024 * 1024, weigh: (f) => f.body.byteLength });
// Requests for a file already being rendered wait for that render instead of starting another.
const inFlight = new Map<string, Promise<ChartFileResult>>();

async function render(req: ChartRequest, version: string): Promise<ChartFileResult> {
  // Refused before any work when every worker is taken: reading the spec and building the SVG cost tens
  // of ms of the request thread, and a client spinning on 503s must not spend them (bench: hostile).
  if (req.format === "png" && !renderPool().accepting()) return { ok: false, reason: "busy" };
  const spec = await getChartSpec(req.chartId);
  if (!spec) return { ok: false, reason: "not-found" };
  if (req.format !== "png") return { ok: true, file: renderChartFile(spec, req, version) };
  // The SVG is cheap to build here (a few ms); rasterising it is not, so that goes to a worker thread.
  const svg = renderChartFile(spec, { ...req, format: "svg" }, version).body.toString("utf8");
  const options = pngRenderOptions(req.width * req.scale);
  const result = await renderPool().run("png", { svg, options });
  if (!result.ok) return result;
  const file: RenderedFile = { body: Buffer.from(result.value), contentType: "image/png", filename: null };
  return { ok: true, file };
}

/** A chart file from the cache, from a render in flight, or rendered now (PNG off the request thread). */
export async function getChartFile(req: ChartRequest, version: string): Promise<ChartFileResult> {
  const key = chartFileKey(req, version);
  const cached = cache.get(key);
  if (cached) return { ok: true, file: cached };
  let pending = inFlight.get(key);
  if (!pending) {
    pending = render(req, version)
      .then((r) => {
        if (r.ok) cache.set(key, r.file);
        return r;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}
