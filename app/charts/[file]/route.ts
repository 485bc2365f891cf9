import type { NextRequest } from "next/server";
import { parseChartRequest } from "@/lib/chart/request";
import { textError } from "@/lib/http/text-error";
import { serveChartFile } from "@/server/chart-file-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const parsed = parseChartRequest((await params).file, request.nextUrl.searchParams);
  if (!parsed.ok) return textError(parsed.status, parsed.message);
  return serveChartFile(parsed.value, request.headers.get("if-none-match"));
}
