// What a search hit shows marked: its title, its matched text and, when the match is in neither, the other
// words of its row that hold it (a country, a measure, an author), so no result is shown without its reason.
import { snippetSegments, type Segment } from "./fts-query";

export type MarkedHit = { title: Segment[]; body: Segment[]; elsewhere: Segment[] | null };

/** The segments before and after the first `length` characters of their text. */
export function splitSegments(segments: readonly Segment[], length: number): [Segment[], Segment[]] {
  const head: Segment[] = [];
  const tail: Segment[] = [];
  let left = length;
  for (const s of segments) {
    if (left >= s.text.length) head.push(s);
    else if (left <= 0) tail.push(s);
    else {
      head.push({ text: s.text.slice(0, left), match: s.match });
      tail.push({ text: s.text.slice(left), match: s.match });
    }
    left -= s.text.length;
  }
  return [head, tail];
}

const anyMatch = (segments: readonly Segment[]) => segments.some((s) => s.match);

/**
 * A hit's marked parts: `snippet` is its matched text with FTS5's markers, `heading` its row's other words
 * with markers, beginning with `title` (db/search-index.ts writes the series' title first).
 */
export function markedHit(snippet: string, heading: string, title: string): MarkedHit {
  const body = snippetSegments(snippet);
  const [head, rest] = splitSegments(snippetSegments(heading), title.length);
  const titleMarked = head.map((s) => s.text).join("") === title && anyMatch(head);
  // The words after the title, from the first (the title and they are joined by a space).
  const [first, ...others] = aroundMatches(rest, 3);
  const elsewhere = first ? [{ ...first, text: first.text.trimStart() }, ...others] : [];
  return {
    title: titleMarked ? head : [{ text: title, match: false }],
    body,
    elsewhere: titleMarked || anyMatch(body) || !anyMatch(elsewhere) ? null : elsewhere,
  };
}

/**
 * The matched segments with at most `n` words of the text around each (a row's other words run to a source's
 * whole title): what lies between two matches is cut to its first and last `n` words, with "…" for the rest.
 */
export function aroundMatches(segments: readonly Segment[], n: number): Segment[] {
  return segments.flatMap((s, i): Segment[] => {
    const words = s.text.trim().split(/\s+/).filter(Boolean);
    if (s.match || words.length === 0) return [s];
    // Its own spaces at either end: a match may be part of a word ("Cutler" of "Cutler's").
    const [lead = "", trail = ""] = [/^\s*/.exec(s.text)?.[0], /\s*$/.exec(s.text)?.[0]];
    const after = i > 0; // words after a match (the segment follows one)
    const before = i < segments.length - 1; // words before a match
    if (words.length <= (after ? n : 0) + (before ? n : 0)) return [s];
    const head = after ? `${lead}${words.slice(0, n).join(" ")} ` : "";
    const tail = before ? ` ${words.slice(-n).join(" ")}${trail}` : "";
    return [{ text: `${head}…${tail}`, match: false }];
  });
}
