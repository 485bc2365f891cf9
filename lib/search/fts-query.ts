// A reader's search text → an FTS5 query. Every word is quoted, so nothing they type is FTS syntax (no
// injection of NEAR, column filters or unbalanced quotes); "JF-17" stays one phrase, and the last word is
// a prefix so results appear while typing, unless it is a single character: "a" or "5" as a prefix would be a
// twentieth of every word in the index, which no reader means and which the index keeps no prefixes of
// (db/search-index.ts: 2 to 4 characters).
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

export function toFtsQuery(text: string): string | null {
  const phrases = text
    .normalize("NFKC")
    .split(/\s+/)
    .map((chunk) => chunk.match(/[\p{L}\p{N}]+/gu)?.join(" ") ?? "")
    .filter((p) => p.length > 0)
    .slice(0, 8);
  if (phrases.length === 0) return null;
  return phrases.map((p, i) => (i === phrases.length - 1 && typedAhead(p) ? `"${p}" *` : `"${p}"`)).join(" ");
}

/** A phrase's last word is read as a prefix when it has two characters or more. */
function typedAhead(phrase: string): boolean {
  return [...(phrase.split(" ").at(-1) ?? "")].length > 1;
}

/** The same query with its last word exact: found without gathering every word that begins with it. */
export function withoutPrefix(ftsQuery: string): string {
  return ftsQuery.endsWith(" *") ? ftsQuery.slice(0, -2) : ftsQuery;
}

export type Segment = { text: string; match: boolean };

/** A snippet with FTS5's match markers → plain-text segments a page or the API can highlight safely. */
export function snippetSegments(snippet: string): Segment[] {
  const out: Segment[] = [];
  for (const part of snippet.split(MARK_START)) {
    const [matched, rest] = part.includes(MARK_END) ? part.split(MARK_END, 2) : [null, part];
    if (matched) out.push({ text: matched, match: true });
    if (rest) out.push({ text: rest, match: false });
  }
  return out;
}
