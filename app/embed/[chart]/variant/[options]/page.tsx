import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedPage, embedMetadata } from "../../embed-page";
import { parseSinceSegment } from "@/lib/embed/embed-since";

// /embed/<chart>?theme=…&footnotes=… after proxy.ts has checked the options and rewritten the address to
// /embed/<chart>/variant/<theme>-<footnotes>: prerendered like the default page, so an option costs no
// render (it was rendered per request with no-store: 43 req/s against 241). A fixed height is applied by
// the page's height script from the address, so heights are not pages.
type Props = { params: Promise<{ chart: string; options: string }> };

// Rendered on first request and cached until the replica sees a new data version (scripts/version-sync.ts):
// nothing is built from the data or the address, so a publish or a new SITE_URL needs no rebuild. An
// unknown slug renders the not-found page on the server (404), cached like any page.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedMetadata((await params).chart);
}

export default async function EmbedVariantPage({ params }: Props) {
  const { chart, options } = await params;
  const parsed = parseSinceSegment(options);
  if (!parsed) notFound();
  return <EmbedPage chartId={chart} options={parsed.options} since={parsed.since} />;
}
