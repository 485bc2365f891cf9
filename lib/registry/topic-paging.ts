// How the home and topic pages share out a topic's series, so neither reads more than it shows: at 10^6
// figures a topic has ~4,000 series (docs/benchmarks.md, issue 10 scale). The real data's topics (≤ 10
// series each) fit whole on the home page and on one topic page.
import { SERIES_KINDS, TOPIC_INFO, type SeriesKind, type Topic } from "../model/taxonomy";
import type { SeriesIndexRow, TopicGroup } from "./series-index";

/** Series of each topic listed on the home page, then a link to the topic's pages. */
export const HOME_PER_TOPIC = 20;
/** Series on one page of a topic. */
export const TOPIC_PAGE_SIZE = 50;

/** One topic's rows as a page shows them: which page, of how many, out of how many series. */
export type TopicPage = TopicGroup & { total: number; page: number; pages: number };

export function pageCount(total: number, size = TOPIC_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The page a `?page=` value asks for: 1 when absent, null when it is not a page number a reader could have
 * been linked to (not a plain positive integer, given twice, or absurdly long); whether the page exists
 * depends on the topic's size (pageCount).
 */
export function parsePageParam(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  if (typeof raw !== "string" || !/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/** The offset and size of page `page` of a topic. */
export function pageSlice(page: number, size = TOPIC_PAGE_SIZE): { offset: number; limit: number } {
  return { offset: (page - 1) * size, limit: size };
}

export function topicPage(topic: Topic, rows: SeriesIndexRow[], total: number, page = 1, size = TOPIC_PAGE_SIZE) {
  return { topic, ...TOPIC_INFO[topic], rows, total, page, pages: pageCount(total, size) } satisfies TopicPage;
}

/** How many series of each kind a topic has. */
export type KindCounts = Partial<Record<SeriesKind, number>>;
/** A run of one kind's series, in dataset order: `limit` of them from `offset` (-1: all). */
export type KindPart = { kind: SeriesKind; offset: number; limit: number };

export const totalOf = (counts: KindCounts | undefined): number =>
  SERIES_KINDS.reduce((sum, k) => sum + (counts?.[k] ?? 0), 0);

/**
 * Rows offset..offset+limit of a topic listed indicators first, then facts, then context (each in dataset
 * order), as runs of each kind: a page is then read as one index range per kind it spans.
 */
export function kindParts(counts: KindCounts, offset: number, limit: number): KindPart[] {
  const parts: KindPart[] = [];
  let start = 0;
  for (const kind of SERIES_KINDS) {
    const n = counts[kind] ?? 0;
    const from = Math.max(offset, start);
    const to = Math.min(offset + limit, start + n);
    if (to > from) parts.push({ kind, offset: from - start, limit: to - from });
    start += n;
  }
  return parts;
}
