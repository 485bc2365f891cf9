import { TOPIC_PAGE_SIZE, type TopicPage } from "@/lib/registry/topic-paging";
import { routes } from "@/lib/site/routes";
import { PageLink } from "./page-link";

/** The address of page `n` of a topic: the first page is the topic's own address. */
export const topicPageHref = (topic: string, n: number) =>
  n > 1 ? `${routes.topic(topic)}?page=${n}` : routes.topic(topic);

const count = (n: number) => n.toLocaleString("en-US");

/** Which series of how many this page lists, and plain links to the pages around it (no JavaScript needed). */
export function TopicPager({ group }: { group: TopicPage }) {
  const { topic, page, pages, total, rows } = group;
  if (pages <= 1) return null;
  const first = (page - 1) * TOPIC_PAGE_SIZE + 1;
  return (
    <nav aria-label="Pages of this topic" className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span data-page={page}>
        Page {count(page)} of {count(pages)} · series {count(first)}–{count(first + rows.length - 1)} of {count(total)}
      </span>
      {page > 1 ? (
        <PageLink rel="prev" href={topicPageHref(topic, page - 1)} className="underline">
          ← Previous page
        </PageLink>
      ) : null}
      {page < pages ? (
        <PageLink rel="next" href={topicPageHref(topic, page + 1)} className="underline">
          Next page →
        </PageLink>
      ) : null}
    </nav>
  );
}

/** "All K series in <topic> →", when a list shows only the first of them. */
export function TopicMoreLink({
  group,
  shown,
}: {
  group: Pick<TopicPage, "topic" | "title" | "total">;
  shown: number;
}) {
  if (group.total <= shown) return null;
  return (
    <p className="mt-2 text-sm">
      <PageLink href={routes.topic(group.topic)} data-topic-more={group.topic}>
        All {count(group.total)} series in {group.title} →
      </PageLink>
    </p>
  );
}
