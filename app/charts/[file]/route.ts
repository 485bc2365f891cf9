import type { NextRequest } from "next/server";
import { getChartSpec } from "@/server/chart-specs";
import { getDataVersion } from "@/db/queries/meta";
import { renderChartFile, type RenderedFile } from "@/lib/chart/render-file";
import { parseChartRequest } from "@/lib/chart/request";
import { textError } from "@/lib/http/text-error";
import { Lru } from "@/lib/http/lru";

const cache = new Lru<RenderedFile>(200);

export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const parsed = parseChartRequest((await params).file, request.nextUrl.searchParams);
  if (!parsed.ok) return textError(parsed.status, parsed.message);
  const req = parsed.value;
  const version = await getDataVersion();
  const etag = `"${version}-${req.chartId}-${req.format}-${req.width}-${req.scale}-${req.theme}"`;
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers: { ETag: etag } });
  let file = cache.get(etag);
  if (!file) {
    const spec = await getChartSpec(req.chartId);
    if (!spec) return textError(404, `Not found: there is no chart ${req.chartId.slice(0, 60)}`);
    file = renderChartFile(spec, req, version);
    cache.set(etag, file);
  }
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=300, stale-while-revalidate=86400",
      ETag: etag,
      ...(file.filename ? { "Content-Disposition": `attachment; filename="${file.filename}"` } : {}),
      "Access-Control-Allow-Origin": "*",
    },
  });
}
