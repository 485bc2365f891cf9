// The stems a typed-ahead word can be on the way past. The index keeps porter stems, and a stem can be
// shorter than its word ("operation" is kept as "oper"), so a reader typing "operat" has gone past the
// stem of the word they are typing. The shorter forms of what they typed that can be that stem: what is
// cut off is the beginning of a suffix porter removes, and the form is long enough for porter to remove
// it (its measure, below). "without" is not "with" + a suffix; "statement" keeps its "ment" because
// "state" is too short for porter to take it.

// Porter's suffixes, and the forms a reader types past them ("ations"). Steps 1 to 3 take theirs off a
// stem with a vowel ("training" → "train"), step 4 and a final "e" only off a longer one (measure 2).
const LIGHT = [
  ...["s", "es", "ies", "ed", "ing", "ings", "y", "ly", "ally", "ational", "tional", "enci", "anci"],
  ...["izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ations", "ator", "ators"],
  ...["alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative"],
  ...["alize", "iciti", "ical", "ful", "ness", "ities"],
];
const HEAVY = [
  ...["e", "al", "als", "ance", "ances", "ence", "ences", "er", "ers", "ic", "ics", "able", "ible", "ant"],
  ...["ants", "ement", "ements", "ment", "ments", "ent", "ents", "ion", "ions", "ou", "ism", "isms"],
  ...["ate", "ates", "ated", "ating", "iti", "ous", "ive", "ives", "ize", "izes", "ized"],
];

/** Porter's measure m of a word, [C](VC)^m[V]: its vowel–consonant sequences ("oper" 2, "state" 1). */
export function porterMeasure(word: string): number {
  let m = 0;
  let vowelBefore = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? "";
    // "y" is a vowel after a consonant ("syzygy"), a consonant at the start or after a vowel.
    const vowel: boolean = "aeiou".includes(c) || (c === "y" && i > 0 && !vowelBefore);
    if (!vowel && vowelBefore) m++;
    vowelBefore = vowel;
  }
  return m;
}

/**
 * The forms of `typed` shorter by 1 to `maxCut` letters (longest first) that porter could have kept as the
 * stem of a word beginning with `typed`. Porter stems ASCII words only: any other word gives none.
 */
export function stemsBefore(typed: string, maxCut: number): string[] {
  const lower = typed.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return [];
  const stems: string[] = [];
  for (let cut = 1; cut <= maxCut && cut < typed.length; cut++) {
    const rest = lower.slice(-cut);
    const m = porterMeasure(lower.slice(0, -cut));
    const begins = (suffixes: string[]) => suffixes.some((s) => s.startsWith(rest));
    if ((m >= 1 && begins(LIGHT)) || (m >= 2 && begins(HEAVY))) stems.push(typed.slice(0, -cut));
  }
  return stems;
}
