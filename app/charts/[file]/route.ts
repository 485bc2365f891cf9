import type { NextRequest } from "next/server";
import { getDataVersion } from "@/db/queries/meta";
import { downloadFilename } from "@/lib/chart/credit";
import { chartFileKey } from "@/lib/chart/file-key";
import { parseChartRequest } from "@/lib/chart/request";
import { textError } from "@/lib/http/text-error";
import { getChartFile } from "@/server/chart-files";

/** Seconds a client should wait before asking again when every render worker is taken. */
const RETRY_AFTER = "2";

function unavailable(message: string): Response {
  const response = textError(503, message);
  response.headers.set("Retry-After", RETRY_AFTER);
  return response;
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const parsed = parseChartRequest((await params).file, request.nextUrl.searchParams);
  if (!parsed.ok) return textError(parsed.status, parsed.message);
  const version = await getDataVersion();
  // Checked before any render: a client with the current file costs nothing.
  const etag = `"${chartFileKey(parsed.value, version)}"`;
  if (request.headers.get("if-none-match") === etag)
    return new Response(null, { status: 304, headers: { ETag: etag } });
  const result = await getChartFile(parsed.value, version);
  if (!result.ok) {
    switch (result.reason) {
      case "not-found":
        return textError(404, "Not found: there is no chart by that name");
      case "busy":
      case "aborted":
        return unavailable("Busy: every image renderer is taken; try again in a few seconds");
      case "too-large":
        return textError(400, result.message);
      case "timeout":
      case "failed":
        return unavailable("The image could not be rendered just now; try again in a few seconds");
    }
  }
  const { file } = result;
  // Every file downloads under a name that says what it is (chart, day, data version); an <img> still shows it.
  const filename = downloadFilename(parsed.value.chartId, parsed.value.format, version, new Date());
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
