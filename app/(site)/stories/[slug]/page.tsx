import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/chart-figure";
import { StoryFacts } from "@/components/story-facts";
import { oembedAlternates } from "@/lib/embed/oembed-discovery";
import { STORIES, getStory } from "@/lib/registry/stories";
import { routes } from "@/lib/site/routes";
import { getStoryPage } from "@/server/pages";

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
    alternates: oembedAlternates(routes.story(story.slug), story.title),
  };
}

export default async function StoryPage({ params }: Props) {
  const page = await getStoryPage((await params).slug);
  if (!page) notFound();
  const { story, charts, factData, stamp } = page;
  return (
    <article>
      <h1 className="text-2xl font-semibold">{story.title}</h1>
      <p className="mt-1 max-w-3xl text-[var(--muted)]">{story.dek}</p>
      <StoryFacts story={story} data={factData} />
      {charts.map(({ spec, permalink }) => (
        <ChartFigure key={spec.id} spec={spec} permalink={permalink} stamp={stamp} />
      ))}
    </article>
  );
}
