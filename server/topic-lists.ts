// The home page's and topic pages' lists of series, each read a page at a time: a topic's first series for
// the home page, one page of them for a topic page, with how many there are, never every series.
import "server-only";
import { fetchSeriesLatest, fetchTopicCounts } from "@/db/queries/series-latest";
import { cachePerAttempt } from "@/db/queries/read-attempt";
import { TOPICS, type Topic } from "@/lib/model/taxonomy";
import { seriesIndexRow, type SeriesIndexRow } from "@/lib/registry/series-index";
import {
  HOME_PER_TOPIC,
  kindParts,
  pageCount,
  pageSlice,
  topicPage,
  totalOf,
  type TopicPage,
} from "@/lib/registry/topic-paging";

const getCounts = cachePerAttempt(fetchTopicCounts);

/** Rows offset..offset+limit of a topic, in its pages' order. */
async function rowsOf(topic: Topic, offset: number, limit: number): Promise<SeriesIndexRow[]> {
  const parts = kindParts((await getCounts()).get(topic) ?? {}, offset, limit);
  if (parts.length === 0) return [];
  return (await fetchSeriesLatest(topic, parts)).map((s) => seriesIndexRow(s.series, s.latest, s.count));
}
// By plain arguments, so React's cache can match them (an object argument would be a new key every call).
const getRows = cachePerAttempt(rowsOf);
const totalIn = async (topic: Topic) => totalOf((await getCounts()).get(topic));

/** Every topic that has series, each with its first HOME_PER_TOPIC series and its count of series. */
export async function homeTopics(): Promise<TopicPage[]> {
  const totals = await Promise.all(TOPICS.map(totalIn));
  const present = TOPICS.filter((_, i) => (totals[i] ?? 0) > 0);
  const lists = await Promise.all(present.map((t) => getRows(t, 0, HOME_PER_TOPIC)));
  return present.map((t, i) => topicPage(t, lists[i] ?? [], totals[TOPICS.indexOf(t)] ?? 0));
}

/** Page `page` of a topic's series; null when the topic has none or the page is past its last. */
export async function topicPageOf(topic: Topic, page: number): Promise<TopicPage | null> {
  const total = await totalIn(topic);
  if (total === 0 || page < 1 || page > pageCount(total)) return null;
  const { offset, limit } = pageSlice(page);
  return topicPage(topic, await getRows(topic, offset, limit), total, page);
}

/** Up to HOME_PER_TOPIC other series of a single figure's topic, and how many the topic has. */
export async function relatedSeries(topic: Topic, slug: string): Promise<{ rows: SeriesIndexRow[]; total: number }> {
  const [total, rows] = await Promise.all([totalIn(topic), getRows(topic, 0, HOME_PER_TOPIC + 1)]);
  return { rows: rows.filter((r) => r.slug !== slug).slice(0, HOME_PER_TOPIC), total };
}
