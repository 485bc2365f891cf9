// FTS5 marks every word a query reaches, and porter stems a typed-ahead word before its prefix is looked
// for: "arms" * is searched as "arm" *, so in a row found for "arms" the word "Armenia" was marked too. A
// mark is kept where the reader's words reach the word shown: it begins with a typed-ahead word, or shares
// the stem of a searched word ("imports" marks "imported").
import { MARK_END, MARK_START } from "./fts-query";
import { porterStem } from "./stems";

/** A word as the index compares it: without diacritics, in lower case (db/search-index.ts). */
export const fold = (word: string) => word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const stemOf = (word: string) => (/^[a-z]+$/.test(word) ? porterStem(word) : word);

/** Whether a marked text is one the query's words reach (phrases and numbers are marked as written). */
export function reachedBy(ftsQuery: string): (marked: string) => boolean {
  const terms = [...ftsQuery.matchAll(/"([^"]*)"( \*)?/gu)].map(([, phrase = "", star]) => ({ phrase, star }));
  const stems = new Set(terms.flatMap(({ phrase }) => phrase.split(" ").map((w) => stemOf(fold(w)))));
  const prefixes = terms.filter((t) => t.star).map((t) => fold(t.phrase.split(" ").at(-1) ?? ""));
  return (marked) => {
    const word = fold(marked);
    if (!/^\p{L}+$/u.test(word)) return true;
    return stems.has(stemOf(word)) || prefixes.some((p) => p !== "" && word.startsWith(p));
  };
}

const MARKED = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, "gu");

/** A snippet with the marks of words the query does not reach taken off. */
export function keepReachedMarks(snippet: string, reached: (marked: string) => boolean): string {
  return snippet.replace(MARKED, (whole, inner: string) => (reached(inner) ? whole : inner));
}
