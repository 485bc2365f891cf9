// Shared by the two embed routes (default options, prerendered; other options, per request): the data
// comes from the server layer, the view from components/embed.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedView } from "@/components/embed/embed-view";
import type { EmbedOptions } from "@/lib/embed/embed-options";
import { oembedAlternates } from "@/lib/embed/oembed-discovery";
import { routes } from "@/lib/site/routes";
import { getEmbedPage } from "@/server/pages";

/** The embed's title, and its oEmbed endpoint for tools that are handed the embed URL itself. */
export async function embedMetadata(chartId: string): Promise<Metadata> {
  const page = await getEmbedPage(chartId);
  if (!page) return {};
  return {
    title: page.spec.title,
    description: page.spec.summary,
    alternates: oembedAlternates(routes.embed(chartId), page.spec.title),
  };
}

/** The page of /embed/<chart> with the given options. */
export async function EmbedPage({ chartId, options }: { chartId: string; options: EmbedOptions }) {
  const page = await getEmbedPage(chartId);
  if (!page) notFound();
  return <EmbedView spec={page.spec} options={options} dashboardUrl={page.dashboardUrl} />;
}
