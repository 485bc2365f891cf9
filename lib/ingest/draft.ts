// The draft that `npm run ingest` writes and the review tool reads: the source as the page describes it,
// the article text, and every candidate figure with a suggested series.
import { buildCandidates, type Candidate } from "./candidates";
import type { ArticleMeta } from "./extract-html";
import { suggestSeries, type SeriesIndex } from "./series-suggest";

export type DraftSource = {
  id: string;
  title: string | null;
  author: string;
  publication: string;
  publisher: string;
  published: string | null;
  url: string | null;
};
export type DraftCandidate = Candidate & { series: string | null };
export type Draft = { version: 1; input: string; source: DraftSource; text: string; candidates: DraftCandidate[] };

const slugWords = (s: string | null, n: number) =>
  (s ?? "")
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, "")
    .split(/[\s-]+/)
    .filter((w) => w.length > 2)
    .slice(0, n);

/** "<author's surname>-<year>-<two title words>", the data/ convention; the reviewer may change it. */
export function sourceId(meta: ArticleMeta): string {
  const surname = slugWords(meta.author, 9).at(-1) ?? "unknown";
  const year = meta.published?.slice(0, 4) ?? "undated";
  const title = slugWords(meta.title, 2);
  return [surname, year, ...title].join("-");
}

export function buildDraft(input: string, text: string, meta: ArticleMeta, index: SeriesIndex, today: Date): Draft {
  const year = Number(meta.published?.slice(0, 4) ?? today.getUTCFullYear());
  const candidates = buildCandidates(text, meta.published ?? year).map((c) => ({
    ...c,
    series: c.notFigure ? null : suggestSeries(index, c.sentence, c.unit),
  }));
  const source: DraftSource = {
    id: sourceId(meta),
    title: meta.title,
    author: meta.author ?? "",
    publication: meta.publication ?? "",
    publisher: meta.publication ?? "",
    published: meta.published,
    url: meta.url,
  };
  return { version: 1, input, source, text, candidates };
}
