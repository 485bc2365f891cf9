// The stems a typed-ahead word reaches that its prefix search misses. The index keeps porter stems, and
// FTS5 stems what is searched too, a prefix included: a reader typing "plann" is looked for as "plann" *,
// but "planned" was kept as "plan", "citing" as "cite", "provision" as "provis". And a stem cannot be
// searched as itself, since it would be stemmed again ("provis" is looked for as "provi", "bilater" as
// "bilat"). So a typed word is completed with the endings porter takes off ("plann" + "ed", "citin" +
// "g", "provisi" + "on"), and each completion whose stem the prefix does not reach is searched as the
// whole word: FTS5 stems it to that stem. Every completion begins with what was typed, so what it finds
// is what a search for a word the reader may be typing finds. `stemmer` is Porter's algorithm as FTS5's
// porter tokenizer runs it (stems.test.ts checks both on the real data's words).
import { stemmer } from "stemmer";

// The endings porter takes off or rewrites (steps 1 to 5), and the forms a reader types past them; the
// commoner first, as the word a stem is searched by is the first that reaches it ("provision", not
// "provisic": FTS5 reads both as "provis").
const ENDINGS = [
  ...["s", "es", "ed", "ing", "ings", "e", "ion", "ions", "ation", "ations", "al", "als", "ally", "er"],
  ...["ers", "ly", "ely", "y", "ies", "ment", "ments", "ement", "ements", "ance", "ances", "ence"],
  ...["ences", "ant", "ants", "ent", "ents", "ity", "ities", "ality", "ivity", "bility", "ive", "ives"],
  ...["ively", "ative", "ate", "ates", "ated", "ating", "ator", "ators", "ational", "tional", "ize"],
  ...["izes", "ized", "izing", "ization", "izations", "izer", "izers", "alize", "alizes", "able", "ably"],
  ...["ible", "ibly", "ic", "ics", "ical", "ically", "icate", "icates", "icity", "ous", "ously", "ness"],
  ...["iveness", "fulness", "ousness", "ful", "fully", "ism", "isms", "alism", "ist", "ists", "logy"],
  ...["enci", "anci", "bli", "alli", "entli", "eli", "ousli", "aliti", "iviti", "biliti", "iti", "logi"],
  ...["iciti", "ou"],
];

/** What FTS5's porter tokenizer keeps of one lower-case ASCII word. */
export const porterStem = (word: string): string => stemmer(word);

/**
 * Whole words beginning with `typed` (up to `maxCut` of its last letters read as the start of an ending,
 * at least three letters kept before it: a shorter stem is more often another word than the one being
 * typed), one per stem the prefix search of `typed` misses. Porter stems ASCII words only:
 * any other word gives none.
 */
export function stemCompletions(typed: string, maxCut: number): string[] {
  const lower = typed.toLowerCase();
  // A final "y" is read as "i" (fts-query.ts looks for the prefix without it instead): its
  // completions would be nonsense ("army" + "al").
  if (!/^[a-z]+$/.test(lower) || lower.endsWith("y")) return [];
  const reached = porterStem(lower);
  const byStem = new Map<string, string>();
  // The most letters typed read as an ending's start first: "provisi" is "provis" + "ion", before it is
  // "provisi" + "bility" (the same stem to FTS5, but not the word the reader is typing).
  for (let cut = Math.min(maxCut, lower.length - 3); cut >= 0; cut--) {
    const head = lower.slice(0, lower.length - cut);
    const rest = lower.slice(lower.length - cut);
    for (const ending of ENDINGS) {
      if (ending.length <= rest.length || !ending.startsWith(rest)) continue;
      const word = head + ending;
      const stem = porterStem(word);
      if (!stem.startsWith(reached) && !byStem.has(stem) && longEnough(stem, head)) byStem.set(stem, word);
    }
  }
  return [...byStem.values()];
}

/**
 * A stem of four letters or more, or of three that porter reached by undoubling what was typed ("runn" +
 * "ing" is "run"). Other short stems are mostly other, common words: "thei" + "ng" would be "the", "offi"
 * + "ng" "of", "nota" + "tion" "not".
 */
function longEnough(stem: string, head: string): boolean {
  if (stem.length >= 4) return true;
  return stem.length === 3 && head.length === 4 && head[3] === head[2] && head.startsWith(stem);
}
