import type { Metadata } from "next";
import { EmbedPage, embedMetadata } from "./embed-page";
import { DEFAULT_EMBED_OPTIONS } from "@/lib/embed/embed-options";

// /embed/<chart> with the default options. Other options are checked by proxy.ts (a bad value is a 400)
// and rewritten to ./variant, so this page never reads the query and stays prerendered.
type Props = { params: Promise<{ chart: string }> };

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

export default async function EmbedDefaultPage({ params }: Props) {
  return <EmbedPage chartId={(await params).chart} options={DEFAULT_EMBED_OPTIONS} />;
}
