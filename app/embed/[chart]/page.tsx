import type { Metadata } from "next";
import { EmbedPage, embedMetadata } from "./embed-page";
import { getAllChartIds } from "@/server/chart-specs";
import { DEFAULT_EMBED_OPTIONS } from "@/lib/embed/embed-options";

// /embed/<chart> with the default options. Other options are checked by proxy.ts (a bad value is a 400)
// and rewritten to ./variant, so this page never reads the query and stays prerendered.
type Props = { params: Promise<{ chart: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllChartIds()).map((chart) => ({ chart }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedMetadata((await params).chart);
}

export default async function EmbedDefaultPage({ params }: Props) {
  return <EmbedPage chartId={(await params).chart} options={DEFAULT_EMBED_OPTIONS} />;
}
