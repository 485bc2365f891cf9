// Shared by the two embed routes (default options, prerendered; other options, per request): the data
// comes from the server layer, the view from components/embed.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedView } from "@/components/embed/embed-view";
import { EmbedChangedNotice } from "@/components/embed/embed-changed-notice";
import type { EmbedOptions } from "@/lib/embed/embed-options";
import { oembedAlternates } from "@/lib/embed/oembed-discovery";
import { routes } from "@/lib/site/routes";
import { getEmbedNotice } from "@/server/changes";
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

type PageProps = { chartId: string; options: EmbedOptions; since?: string | null };

/**
 * The page of /embed/<chart> with the given options. An embed code made from an earlier data version
 * (`since`) shows one line when a figure of its chart changed since; codes without one show no line.
 */
export async function EmbedPage({ chartId, options, since = null }: PageProps) {
  const page = await getEmbedPage(chartId);
  if (!page) notFound();
  const notice = await getEmbedNotice(
    page.spec.series.map((s) => s.slug),
    since,
  );
  return (
    <>
      <EmbedChangedNotice notice={notice} />
      <EmbedView spec={page.spec} options={options} dashboardUrl={page.dashboardUrl} />
    </>
  );
}
