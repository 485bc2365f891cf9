import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedPage, embedMetadata } from "../../embed-page";
import { getAllChartIds } from "@/server/chart-specs";
import { parseVariantSegment, VARIANT_SEGMENTS } from "@/lib/embed/embed-variant";

// /embed/<chart>?theme=…&footnotes=… after proxy.ts has checked the options and rewritten the address to
// /embed/<chart>/variant/<theme>-<footnotes>: prerendered like the default page, so an option costs no
// render (it was rendered per request with no-store: 43 req/s against 241). A fixed height is applied by
// the page's height script from the address, so heights are not pages.
type Props = { params: Promise<{ chart: string; options: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const charts = await getAllChartIds();
  return charts.flatMap((chart) => VARIANT_SEGMENTS.map((options) => ({ chart, options })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedMetadata((await params).chart);
}

export default async function EmbedVariantPage({ params }: Props) {
  const { chart, options } = await params;
  const parsed = parseVariantSegment(options);
  if (!parsed) notFound();
  return <EmbedPage chartId={chart} options={parsed} />;
}
