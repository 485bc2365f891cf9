import { getAllChartIds } from "@/server/chart-specs";
import { parseVariantSegment, VARIANT_SEGMENTS } from "@/lib/embed/embed-variant";
import { textError } from "@/lib/http/text-error";
import { embedResponse } from "../../../embed-response";

// /embed/<chart>?theme=…&footnotes=… after proxy.ts has checked the options and rewritten the address to
// /embed/<chart>/variant/<theme>-<footnotes>: prerendered like the default, so an option costs no render
// (it was rendered per request with no-store: 43 req/s against 241). A fixed height is applied by the
// page's height script from the address, so heights are not pages.
type Context = { params: Promise<{ chart: string; options: string }> };

export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const charts = await getAllChartIds();
  return charts.flatMap((chart) => VARIANT_SEGMENTS.map((options) => ({ chart, options })));
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { chart, options } = await params;
  const parsed = parseVariantSegment(options);
  if (!parsed) return textError(404, "Not found");
  return embedResponse(chart, parsed);
}
