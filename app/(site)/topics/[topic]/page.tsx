import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeriesTable } from "@/components/series-table";
import { TOPICS, TOPIC_INFO, isTopic } from "@/lib/model/taxonomy";
import { getTopicPage } from "@/server/pages";

type Props = { params: Promise<{ topic: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return TOPICS.map((topic) => ({ topic }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { topic } = await params;
  return isTopic(topic) ? { title: TOPIC_INFO[topic].title, description: TOPIC_INFO[topic].dek } : {};
}

export default async function TopicPage({ params }: Props) {
  const { topic } = await params;
  const group = isTopic(topic) ? await getTopicPage(topic) : null;
  if (!group) notFound();
  return (
    <article data-topic={group.topic}>
      <p className="text-sm text-[var(--muted)]">Topic</p>
      <h1 className="text-2xl font-semibold">{group.title}</h1>
      <p className="mt-1 max-w-3xl text-[var(--muted)]">
        {group.dek} Indicators first: figures that can be compared over time or across places; then single facts and
        context.
      </p>
      <SeriesTable rows={group.rows} />
    </article>
  );
}
