import type { NextRequest } from "next/server";
import { textError } from "@/lib/http/text-error";
import { getExploreFile } from "@/server/explore-files";

/** GET /explore/chart.{svg,png,pdf,csv,json}?series=a~b&time=…&title=…[&width=&scale=&theme=&dpi=&page=&text=] */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const result = await getExploreFile((await params).file, request.nextUrl.searchParams);
  if (!result.ok) {
    const response = textError(result.status, result.message);
    if (result.status === 503) response.headers.set("Retry-After", "2");
    return response;
  }
  if (request.headers.get("if-none-match") === result.etag)
    return new Response(null, { status: 304, headers: { ETag: result.etag } });
  return new Response(new Uint8Array(result.file.body), {
    headers: {
      "Content-Type": result.file.contentType,
      "Cache-Control": "public, max-age=300, stale-while-revalidate=86400",
      ETag: result.etag,
      "Content-Disposition": `attachment; filename="${result.name}"`,
      "Access-Control-Allow-Origin": "*",
    },
  });
}
