// What a search hit shows marked: its title, its matched text and, when the match is in neither, the other
// words of its row that hold it (a country, a measure, an author), so no result is shown without its reason.
import { snippetSegments, type Segment } from "./fts-query";
import { fold } from "./marks";

/** source: the hit's source line (a figure's), its words marked where the row's other words matched them. */
export type MarkedHit = { title: Segment[]; body: Segment[]; source: Segment[]; elsewhere: Segment[] | null };

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
 * with markers, beginning with `title` (db/search-index.ts writes the series' title first); `source` is the
 * source line a figure shows (empty for a series), marked where it holds a word the heading matched.
 */
export function markedHit(snippet: string, heading: string, title: string, source = ""): MarkedHit {
  const body = snippetSegments(snippet);
  const [head, rest] = splitSegments(snippetSegments(heading), title.length);
  const titleMarked = head.map((s) => s.text).join("") === title && anyMatch(head);
  const sourceLine = markWords(source, new Set(rest.filter((s) => s.match).map((s) => fold(s.text))));
  // The words after the title, from the first (the title and they are joined by a space).
  const [first, ...others] = aroundMatches(rest, 3);
  const elsewhere = (first ? [{ ...first, text: first.text.trimStart() }, ...others] : []).filter((s) => s.text);
  const shown = titleMarked || anyMatch(body) || anyMatch(sourceLine);
  return {
    title: titleMarked ? head : [{ text: title, match: false }],
    body,
    source: sourceLine,
    elsewhere: shown || !anyMatch(elsewhere) ? null : elsewhere,
  };
}

/** `text` with each of its words in `words` (folded) marked. */
export function markWords(text: string, words: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of words.size ? text.matchAll(/[\p{L}\p{N}]+/gu) : []) {
    if (!words.has(fold(m[0]))) continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index), match: false });
    out.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
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
