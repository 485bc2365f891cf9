import { embedFontResponse } from "../../embed-response";

// The font subsets an embed page links to (app/embed/embed-response.ts): made on first request from the
// chart's text, then kept in memory; their addresses carry a hash of the characters, so they are immutable.
type Context = { params: Promise<{ file: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return embedFontResponse((await params).file);
}
