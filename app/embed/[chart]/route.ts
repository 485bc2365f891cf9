import { DEFAULT_EMBED_OPTIONS } from "@/lib/embed/embed-options";
import { embedResponse } from "../embed-response";

// /embed/<chart> with the default options, as plain HTML (no framework runtime). Other options are checked
// by proxy.ts (a bad value is a 400) and rewritten to ./variant, so this route never reads the query and
// stays static: rendered on first request and cached until the server sees a new data version
// (scripts/version-sync.ts), so nothing is built from the data or the address (issue 12).
type Context = { params: Promise<{ chart: string }> };

export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return embedResponse((await params).chart, DEFAULT_EMBED_OPTIONS);
}
