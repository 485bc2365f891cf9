// A reader's search text → an FTS5 query. Every word is quoted, so nothing they type is FTS syntax (no
// injection of NEAR, column filters or unbalanced quotes); "JF-17" stays one phrase, and the last word is
// a prefix so results appear while typing, unless it is a single character: "a" or "5" as a prefix would be a
// twentieth of every word in the index, which no reader means and which the index keeps no prefixes of
// (db/search-index.ts: 2 to 4 characters).
import { stemsBefore } from "./stems";

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
  const words = phrases.slice(0, -1).map((p) => `"${p}"`);
  const lastPhrase = phrases.at(-1) ?? "";
  const tail = typedAhead(lastPhrase) ? typedAheadQuery(lastPhrase) : `"${lastPhrase}"`;
  // FTS5 reads phrases side by side as AND, but a bracketed group only after an explicit AND.
  return words.length === 0 ? tail : `${words.join(" ")}${tail.startsWith("(") ? " AND " : " "}${tail}`;
}

// The index holds porter stems, and a stem can be shorter than the word ("operation" is kept as "oper"),
// so a typed-ahead word of six letters or more also finds the stems it can be on the way past, down to
// four letters shorter (lib/search/stems.ts): "operat" finds "operation", "governm" "government".
const STEM_CUT = 4;
// Shorter words are left alone: their shorter forms are mostly other words.
const MIN_WORD = 6;

/** A typed-ahead last phrase: its prefix, or for one word, its prefix or a stem it is on the way past. */
function typedAheadQuery(phrase: string): string {
  // Numbers are not stemmed, and a phrase ("JF 17") types ahead its last word only.
  if ([...phrase].length < MIN_WORD || phrase.includes(" ")) return `"${phrase}" *`;
  // Porter reads a final "y" as "i" ("Pashiny" is looked for as "pashini"), which begins no word.
  const y = /[a-z]y$/i.test(phrase) ? [`"${phrase.slice(0, -1)}" *`] : [];
  const stems = stemsBefore(phrase, STEM_CUT)
    .filter((s) => !y.length || s !== phrase.slice(0, -1))
    .map((s) => `"${s}"`);
  const branches = [...y, ...stems];
  return branches.length ? `("${phrase}" * OR ${branches.join(" OR ")})` : `"${phrase}" *`;
}

/** A phrase's last word is read as a prefix when it has two characters or more. */
function typedAhead(phrase: string): boolean {
  return [...(phrase.split(" ").at(-1) ?? "")].length > 1;
}

/** The same query with its last word exact: found without gathering every word that begins with it. */
export function withoutPrefix(ftsQuery: string): string {
  if (ftsQuery.endsWith(" *")) return ftsQuery.slice(0, -2);
  return ftsQuery.replace(
    /( AND )?\("([^"]*)" \* OR [^()]*\)$/u,
    (_, and?: string, word?: string) => `${and ? " " : ""}"${word ?? ""}"`,
  );
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
