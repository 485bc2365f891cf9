import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getChartSpec } from "@/server/chart-specs";
import { chartPagePath } from "@/lib/registry/charts";
import type { EmbedOptions } from "@/lib/embed/embed-options";
import { oembedAlternates } from "@/lib/embed/oembed-discovery";
import { absoluteUrl } from "@/lib/site/site";
import { EmbedView } from "./embed-view";

/** The embed's title, and its oEmbed endpoint for tools that are handed the embed URL itself. */
export async function embedMetadata(chartId: string): Promise<Metadata> {
  const spec = await getChartSpec(chartId);
  if (!spec) return {};
  return {
    title: spec.title,
    description: spec.summary,
    alternates: oembedAlternates(`/embed/${chartId}`, spec.title),
  };
}

/** The page of /embed/<chart>, for the default options (prerendered) and for any others (rendered on request). */
export async function EmbedPage({ chartId, options }: { chartId: string; options: EmbedOptions }) {
  const spec = await getChartSpec(chartId);
  const path = chartPagePath(chartId);
  if (!spec || !path) notFound();
  return <EmbedView spec={spec} options={options} dashboardUrl={absoluteUrl(path)} />;
}
