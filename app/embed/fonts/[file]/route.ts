import { embedFontResponse } from "../../embed-response";

// The font subsets an embed page links to (app/embed/embed-response.ts), cut from each chart's text on
// first request and cached (the build reads no data, issue 12). Their names carry a hash of the
// characters: immutable.
type Context = { params: Promise<{ file: string }> };

export const dynamic = "force-static";

export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return embedFontResponse((await params).file);
}
