import { getAllChartIds } from "@/server/chart-specs";
import { DEFAULT_EMBED_OPTIONS } from "@/lib/embed/embed-options";
import { embedResponse } from "../embed-response";

// /embed/<chart> with the default options, prerendered as plain HTML (no framework runtime). Other
// options are checked by proxy.ts (a bad value is a 400) and rewritten to ./variant, so this route never
// reads the query and stays static.
type Context = { params: Promise<{ chart: string }> };

export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllChartIds()).map((chart) => ({ chart }));
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return embedResponse((await params).chart, DEFAULT_EMBED_OPTIONS);
}
