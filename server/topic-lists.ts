// The home page's and topic pages' lists of series, each read a page at a time: a topic's first series for
// the home page, one page of them for a topic page, with how many there are, never every series.
import "server-only";
import { fetchSeriesLatest, fetchTopicTotals } from "@/db/queries/series-latest";
import { cachePerAttempt } from "@/db/queries/read-attempt";
import { TOPICS, type Topic } from "@/lib/model/taxonomy";
import { seriesIndexRow, type SeriesIndexRow } from "@/lib/registry/series-index";
import { HOME_PER_TOPIC, pageCount, pageSlice, topicPage, type TopicPage } from "@/lib/registry/topic-paging";

const getTotals = cachePerAttempt(fetchTopicTotals);
// By plain arguments, so React's cache can match them (an object argument would be a new key every call).
const getRows = cachePerAttempt(async (topic: Topic, offset: number, limit: number): Promise<SeriesIndexRow[]> =>
  (await fetchSeriesLatest(topic, { offset, limit })).map((s) => seriesIndexRow(s.series, s.latest, s.count)),
);

/** Every topic that has series, each with its first HOME_PER_TOPIC series and its count of series. */
export async function homeTopics(): Promise<TopicPage[]> {
  const totals = await getTotals();
  const present = TOPICS.filter((t) => (totals.get(t) ?? 0) > 0);
  const lists = await Promise.all(present.map((t) => getRows(t, 0, HOME_PER_TOPIC)));
  return present.map((t, i) => topicPage(t, lists[i] ?? [], totals.get(t) ?? 0));
}

/** Page `page` of a topic's series; null when the topic has none or the page is past its last. */
export async function topicPageOf(topic: Topic, page: number): Promise<TopicPage | null> {
  const total = (await getTotals()).get(topic) ?? 0;
  if (total === 0 || page < 1 || page > pageCount(total)) return null;
  const { offset, limit } = pageSlice(page);
  return topicPage(topic, await getRows(topic, offset, limit), total, page);
}

/** Up to HOME_PER_TOPIC other series of a single figure's topic, and how many the topic has. */
export async function relatedSeries(topic: Topic, slug: string): Promise<{ rows: SeriesIndexRow[]; total: number }> {
  const [totals, rows] = await Promise.all([getTotals(), getRows(topic, 0, HOME_PER_TOPIC + 1)]);
  const others = rows.filter((r) => r.slug !== slug).slice(0, HOME_PER_TOPIC);
  return { rows: others, total: totals.get(topic) ?? 0 };
}
