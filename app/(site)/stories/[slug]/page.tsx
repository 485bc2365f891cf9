import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/chart-figure";
import { StoryFacts } from "@/components/story-facts";
import { getChartSpec } from "@/server/chart-specs";
import { getSeriesData } from "@/db/queries/series";
import { oembedAlternates } from "@/lib/embed/oembed-discovery";
import { absoluteUrl } from "@/lib/site/site";
import { STORIES, getStory, storyFactSeries } from "@/lib/registry/stories";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return STORIES.map((s) => ({ slug: s.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).slug);
  if (!story) return {};
  return {
    title: story.title,
    description: story.dek,
    alternates: oembedAlternates(`/stories/${story.slug}`, story.title),
  };
}

export default async function StoryPage({ params }: Props) {
  const story = getStory((await params).slug);
  if (!story) notFound();
  const [specs, data] = await Promise.all([
    Promise.all(story.charts.map((c) => getChartSpec(c.id))),
    getSeriesData(...storyFactSeries(story)),
  ]);
  return (
    <article>
      <h1 className="text-2xl font-semibold">{story.title}</h1>
      <p className="mt-1 max-w-3xl text-[var(--muted)]">{story.dek}</p>
      <StoryFacts story={story} data={data} />
      {specs.map((spec) =>
        spec ? (
          <ChartFigure key={spec.id} spec={spec} permalink={absoluteUrl(`/stories/${story.slug}#chart-${spec.id}`)} />
        ) : null,
      )}
    </article>
  );
}
