import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeriesTable } from "@/components/series-table";
import { TopicPager } from "@/components/topic-pager";
import { TOPICS, TOPIC_INFO, isTopic } from "@/lib/model/taxonomy";
import { parsePageParam } from "@/lib/registry/topic-paging";
import { getTopicPage } from "@/server/pages";

type Props = {
  params: Promise<{ topic: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamicParams = false;

export function generateStaticParams() {
  return TOPICS.map((topic) => ({ topic }));
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { topic } = await params;
  if (!isTopic(topic)) return {};
  const page = parsePageParam((await searchParams).page);
  const title = page && page > 1 ? `${TOPIC_INFO[topic].title}, page ${page}` : TOPIC_INFO[topic].title;
  return { title, description: TOPIC_INFO[topic].dek };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const { topic } = await params;
  // A page number that is not one (?page=0, ?page=x, ?page=2&page=3) or past the last page: not found.
  const page = parsePageParam((await searchParams).page);
  const group = isTopic(topic) && page !== null ? await getTopicPage(topic, page) : null;
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
      <TopicPager group={group} />
    </article>
  );
}
