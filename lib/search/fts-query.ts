// A reader's search text → an FTS5 query. Every word is quoted, so nothing they type is FTS syntax (no
// injection of NEAR, column filters or unbalanced quotes); "JF-17" stays one phrase, and the last word is
// a prefix so results appear while typing, unless it is a single character: "a" or "5" as a prefix would be a
// twentieth of every word in the index, which no reader means and which the index keeps no prefixes of
// (db/search-index.ts: 2 to 4 characters). Such a last word after others is left out until it has a second
// character: "JF-1" finds what "JF-" found (every match of "JF 1…" is one of "JF"), not nothing.
import { splitLettersAndDigits, thousands } from "./spellings";
import { porterStem, stemCompletions } from "./stems";

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
  const ended = withoutOneLastCharacter(phrases);
  const last = phrases.at(-1) ?? "";
  const parts = ended
    ? ended.map(spelled)
    : [...phrases.slice(0, -1).map(spelled), typedAhead(last) ? typedAheadQuery(last) : spelled(last)];
  // FTS5 reads phrases side by side as AND, but a bracketed group only after an explicit AND.
  return parts.join(parts.some((p) => p.startsWith("(")) ? " AND " : " ");
}

/** Branches of one phrase: the phrase itself when alone, else any of them. */
const anyOf = (branches: readonly string[]) =>
  branches.length === 1 ? (branches[0] ?? "") : `(${[...new Set(branches)].join(" OR ")})`;

/** A phrase as typed, or as an article may have written it ("3000" as "3,000", "JF17" as "JF-17"). */
function spelled(phrase: string): string {
  const forms = [phrase, splitLettersAndDigits(phrase), thousands(phrase)];
  return anyOf(forms.filter((f): f is string => f !== null).map((f) => `"${f}"`));
}

/**
 * For a last word of one character after others, the phrases without it; all of them were ended by the
 * reader ("JF-" then "1"), so none is a prefix. Otherwise null.
 */
function withoutOneLastCharacter(phrases: readonly string[]): string[] | null {
  const last = (phrases.at(-1) ?? "").split(" ");
  if ([...(last.at(-1) ?? "")].length !== 1 || (phrases.length < 2 && last.length < 2)) return null;
  // A digit after digits is a decimal's ("1.6", "12.4"): the number is whole, not "1" or "12".
  if (/^\p{N}$/u.test(last.at(-1) ?? "") && /\p{N}$/u.test(last.at(-2) ?? "")) return null;
  const kept = last.slice(0, -1).join(" ");
  return [...phrases.slice(0, -1), ...(kept ? [kept] : [])];
}

// A typed-ahead word of four letters or more also finds the stems of the words it may be the beginning of
// (lib/search/stems.ts): "plann" finds "planned" (kept as "plan"), "citin" "citing" ("cite"), "provisi"
// "provision" ("provis"), as a search for those words would. Up to four letters typed past a stem.
const STEM_CUT = 4;
// Shorter words are left to their prefix: the index keeps 2- to 4-letter prefixes (db/search-index.ts).
const MIN_COMPLETED = 4;
// A final "y" is read by porter as "i" ("Pashiny" would be looked for as "pashini", which begins no word):
// from five letters the prefix without it is looked for too ("analy" as "anal" *: the rows with a word
// beginning with "analy" are ranked first, db/queries/search.ts); a shorter one ("they" as "the" *) would
// be a prefix of too many words.
const MIN_Y = 5;

/** A typed-ahead last phrase: its prefix, or for one word, its prefix or the words it may be beginning. */
function typedAheadQuery(phrase: string): string {
  // A split word's last part of one character is whole: no prefix of one character is typed ahead. A number
  // in thousands is whole too: its groups are complete ("3 000" also finds "3,000,000"), and the groupings
  // it may be on the way to ("30 00" *, for 30,000) made a search of four digits 3-20 times slower at 10^6.
  const split = splitLettersAndDigits(phrase);
  const grouped = thousands(phrase);
  const spellings = [
    ...(split ? [typedAhead(split) ? `"${split}" *` : `"${split}"`] : []),
    ...(grouped ? [`"${grouped}"`] : []),
  ];
  // Numbers are not stemmed, and a phrase ("JF 17") types ahead its last word only.
  const length = [...phrase].length;
  if (length < MIN_COMPLETED || phrase.includes(" ")) return anyOf([`"${phrase}" *`, ...spellings]);
  const y = length >= MIN_Y && /[a-z]y$/i.test(phrase) ? [`"${phrase.slice(0, -1)}" *`] : [];
  const words = stemCompletions(phrase, STEM_CUT).map((w) => `"${w}"`);
  return anyOf([`"${phrase}" *`, ...y, ...words, ...spellings]);
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

/**
 * The typed-ahead last word of a query that finds more than words beginning with it, in lower case, else
 * null: a row's word beginning with it is what the reader is typing. It finds more when it also looks for
 * completions or the prefix without a final y, and when porter stems it shorter: "arms" * is searched as
 * "arm" *, which "Armenia" begins.
 */
export function completedWord(ftsQuery: string): string | null {
  const word = /\("([a-zA-Z]+)" \* OR "[^()]*\)$/u.exec(ftsQuery)?.[1];
  if (word) return word.toLowerCase();
  const prefix = /(?:^| )"([a-zA-Z]+)" \*$/u.exec(ftsQuery)?.[1]?.toLowerCase();
  return prefix && porterStem(prefix) !== prefix ? prefix : null;
}

/**
 * A GLOB over a row's text (`' ' || lower(title) || ' ' || lower(body)`) that holds when a word of it begins
 * with the query's completed word (completedWord), else null: the rows the reader is typing rank first.
 */
export function typedWordGlob(ftsQuery: string): string | null {
  const word = completedWord(ftsQuery);
  return word === null ? null : `*[^a-z0-9]${word}*`;
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
