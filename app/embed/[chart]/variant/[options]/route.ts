import { parseSinceSegment } from "@/lib/embed/embed-since";
import { textError } from "@/lib/http/text-error";
import { embedResponse } from "../../../embed-response";

// /embed/<chart>?theme=…&footnotes=… after proxy.ts has checked the options and rewritten the address to
// /embed/<chart>/variant/<theme>-<footnotes>[~<data version>]: cached like the default, so an option costs no render
// (it was rendered per request with no-store: 43 req/s against 241). A fixed height is applied by the
// page's height script from the address, so heights are not pages.
type Context = { params: Promise<{ chart: string; options: string }> };

export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { chart, options } = await params;
  const parsed = parseSinceSegment(options);
  if (!parsed) return textError(404, "Not found");
  return embedResponse(chart, parsed.options, parsed.since);
}
