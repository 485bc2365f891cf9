import "server-only";
import { createHash } from "node:crypto";
// The explorer's chart as a file (SVG, PNG, PDF, CSV, JSON): the state checked strictly (any problem is a
// 400 with its reason, since a file cannot show a message beside itself), the chart composed by the same
// server function as the page, and drawn by the same renderers and render pool as every built-in chart.
import { getLiveState } from "@/db/live-state";
import { RenderLimitError, type RenderedFile } from "@/lib/chart/render-file";
import { parseChartRequest, UNKNOWN_PARAMETER, type ChartRequest } from "@/lib/chart/request";
import { panelPngJob, renderPanelFile } from "@/lib/chart/panels/render-panels";
import { withPngMeta } from "@/lib/chart/png-meta";
import { pngRenderOptions } from "@/lib/chart/png";
import { mistakeOf, STATE_KEYS, serialiseExploreState } from "@/lib/explore/state";
import { Lru } from "@/lib/http/lru";
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";
import { fetchExploreView, type ExploreView } from "./explore";
import { renderPool } from "./render-pool";
import { DataUnavailable, followVersion, readOfVersion } from "./version-read";
import { buildId } from "@/lib/site/build-id";

export type ExploreFileResult =
  | { ok: true; file: RenderedFile; etag: string; name: string }
  | { ok: false; status: 400 | 404 | 503; message: string };

const FILE = /^chart\.(svg|png|pdf|csv|json)$/;
const cache = new Lru<RenderedFile>(100, { maxWeight: 32 * 1024 * 1024, weigh: (f) => f.body.byteLength });

function split(params: URLSearchParams): { state: URLSearchParams; rest: URLSearchParams } {
  const state = new URLSearchParams();
  const rest = new URLSearchParams();
  for (const [k, v] of params) ((STATE_KEYS as readonly string[]).includes(k) ? state : rest).append(k, v);
  return { state, rest };
}

const explorerParameters = (message: string) =>
  message === UNKNOWN_PARAMETER
    ? `unknown parameter: use ${STATE_KEYS.join(", ")}, width, scale, theme, dpi, page or text`
    : message;

async function draw(
  req: ChartRequest,
  chart: Parameters<typeof renderPanelFile>[0],
  chartUrl: string,
  version: string,
) {
  const credit = { chartUrl, dataVersion: version };
  if (req.format !== "png") return { ok: true as const, file: await renderPanelFile(chart, req, credit) };
  if (!renderPool().accepting()) return { ok: false as const };
  const job = panelPngJob(chart, req, credit);
  const result = await renderPool().run("png", { svg: job.svg, options: pngRenderOptions(job.px) });
  if (!result.ok) return { ok: false as const };
  const body = withPngMeta(Buffer.from(result.value), job.meta);
  return { ok: true as const, file: { body, contentType: "image/png", filename: null } };
}

const REPUBLISHING = "The data is being republished; try again in a few seconds";

/**
 * The view read between two reads of the data version, as a built-in chart file's spec is (version-read.ts):
 * the file, its name and its ETag then belong to one version, following a publish that lands meanwhile.
 */
async function viewOfVersion(
  state: string,
): Promise<{ ok: true; view: ExploreView; version: string } | Extract<ExploreFileResult, { ok: false }>> {
  const live = await getLiveState();
  if (!live.ok) return { ok: false, status: 503, message: `Service unavailable: ${live.message}` };
  try {
    const [read, version] = await followVersion(live.version, (v) => readOfVersion(v, () => fetchExploreView(state)));
    return read.ok ? { ok: true, view: read.value, version } : { ok: false, status: 503, message: REPUBLISHING };
  } catch (error) {
    if (error instanceof DataUnavailable)
      return { ok: false, status: 503, message: `Service unavailable: ${error.message}` };
    throw error;
  }
}

export async function getExploreFile(file: string, params: URLSearchParams): Promise<ExploreFileResult> {
  const m = FILE.exec(file);
  if (!m)
    return {
      ok: false,
      status: 404,
      message: "Not found: explorer files are /explore/chart.svg, .png, .pdf, .csv or .json",
    };
  const { state, rest } = split(params);
  const parsed = parseChartRequest(`explore.${m[1]}`, rest);
  if (!parsed.ok) return { ok: false, status: 400, message: explorerParameters(parsed.message) };
  const read = await viewOfVersion(state.toString());
  if (!read.ok) return read;
  const { view, version } = read;
  const first = view.errors[0];
  if (first) return { ok: false, status: 400, message: `Bad explorer state: ${mistakeOf(first)}` };
  if (!view.chart)
    return { ok: false, status: 400, message: "Bad explorer state: choose at least one series (series=a~b)" };
  const req = parsed.value;
  const key = `${version}-${serialiseExploreState(view.state)}-${JSON.stringify(req)}`;
  const name = `comparison_${new Date().toISOString().slice(0, 10)}_data-${version.replace(/[^A-Za-z0-9.-]+/g, "-").slice(0, 40)}.${req.format}`;
  const etag = `"${createHash("sha256").update(`${buildId()}-${key}`).digest("base64url").slice(0, 32)}"`;
  const hit = cache.get(key);
  if (hit) return { ok: true, file: hit, etag, name };
  try {
    const drawn = await draw(req, view.chart, absoluteUrl(routes.explore(view.query)), version);
    if (!drawn.ok)
      return { ok: false, status: 503, message: "Busy: every image renderer is taken; try again in a few seconds" };
    cache.set(key, drawn.file);
    return { ok: true, file: drawn.file, etag, name };
  } catch (error) {
    if (error instanceof RenderLimitError) return { ok: false, status: 400, message: error.message };
    throw error;
  }
}
