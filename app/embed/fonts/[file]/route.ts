import { getAllChartIds } from "@/server/chart-specs";
import { embedFontFiles, embedFontResponse } from "../../embed-response";

// The font subsets an embed page links to (app/embed/embed-response.ts), made at build time from each
// chart's text, so no reader waits for a subset to be cut (a cold server took seconds, which Lighthouse
// counted into the embed's first paint). Their names carry a hash of the characters: immutable.
type Context = { params: Promise<{ file: string }> };

export const dynamic = "force-static";

export async function generateStaticParams() {
  const files = await Promise.all((await getAllChartIds()).map(embedFontFiles));
  return files.flat().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return embedFontResponse((await params).file);
}
