import type { Metadata } from "next";
import { ExploreEmbedView } from "@/components/explore/explore-embed-view";
import { oembedAlternates } from "@/lib/embed/oembed-discovery";
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";
import { getExploreEmbed, type SearchParams } from "@/server/explore-page";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = await getExploreEmbed(await searchParams);
  if (!page.chart) return { title: "No chart" };
  return {
    title: page.chart.title,
    description: page.chart.summary,
    alternates: oembedAlternates(routes.exploreEmbed(page.query), page.chart.title),
  };
}

/** /explore/embed?series=…: an explorer chart inside another site's frame, with every source. */
export default async function ExploreEmbedPage({ searchParams }: Props) {
  const page = await getExploreEmbed(await searchParams);
  if (!page.chart)
    return (
      <main className="embed px-3 py-3 text-sm" role="alert">
        This chart cannot be shown: {page.error}{" "}
        <a href={absoluteUrl(routes.explore())} target="_blank" rel="noopener">
          Open the explorer
        </a>
      </main>
    );
  return (
    <ExploreEmbedView chart={page.chart} theme={page.theme} dashboardUrl={absoluteUrl(routes.explore(page.query))} />
  );
}
