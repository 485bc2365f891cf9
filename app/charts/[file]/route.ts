import type { NextRequest } from "next/server";
import { getChartSpec } from "@/server/chart-specs";
import { getDataVersion } from "@/db/queries/meta";
import { downloadFilename } from "@/lib/chart/credit";
import { RenderLimitError, renderChartFile, type RenderedFile } from "@/lib/chart/render-file";
import { parseChartRequest, type ChartRequest } from "@/lib/chart/request";
import { chartPagePath } from "@/lib/registry/charts";
import { textError } from "@/lib/http/text-error";
import { Lru } from "@/lib/http/lru";
import { absoluteUrl } from "@/lib/site/site";

const cache = new Lru<RenderedFile>(200);

function cacheKey(version: string, req: ChartRequest): string {
  const print = req.print ? `-${req.print.widthIn.toFixed(4)}in-${req.print.dpi}dpi-${req.print.page}` : "";
  return `"${version}-${req.chartId}-${req.format}-${req.width}-${req.scale}-${req.theme}${print}"`;
}

/** The file, or a 400 when it would be too large to draw. */
async function render(req: ChartRequest, version: string): Promise<RenderedFile | Response> {
  const spec = await getChartSpec(req.chartId);
  if (!spec) return textError(404, `Not found: there is no chart ${req.chartId.slice(0, 60)}`);
  const credit = { chartUrl: absoluteUrl(chartPagePath(spec.id) ?? "/"), dataVersion: version };
  try {
    return await renderChartFile(spec, req, credit);
  } catch (error) {
    if (error instanceof RenderLimitError) return textError(400, error.message);
    throw error;
  }
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const parsed = parseChartRequest((await params).file, request.nextUrl.searchParams);
  if (!parsed.ok) return textError(parsed.status, parsed.message);
  const req = parsed.value;
  const version = await getDataVersion();
  const etag = cacheKey(version, req);
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers: { ETag: etag } });
  let file = cache.get(etag);
  if (!file) {
    const rendered = await render(req, version);
    if (rendered instanceof Response) return rendered;
    cache.set(etag, (file = rendered));
  }
  // Every file downloads under a name that says what it is (chart, day, data version); an <img> still shows it.
  const filename = downloadFilename(req.chartId, req.format, version, new Date());
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=300, stale-while-revalidate=86400",
      ETag: etag,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Access-Control-Allow-Origin": "*",
    },
  });
}
