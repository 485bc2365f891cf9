// Other ways an article may have written what a reader types. The index splits words at anything that is
// not a letter or a digit, so "3,000" is the words "3" "000" and "JF-17" is "JF" "17": a reader typing
// "3000" or "JF17" (one word) found nothing. Each form here is a phrase (words separated by spaces) that
// fts-query.ts looks for beside what was typed.

/** "JF17" → "JF 17", "S400" → "S 400": a word is split where letters meet digits. Null when it would not be. */
export function splitLettersAndDigits(phrase: string): string | null {
  const split = phrase.replace(/(\p{L})(?=\p{N})/gu, "$1 ").replace(/(\p{N})(?=\p{L})/gu, "$1 ");
  return split === phrase ? null : split;
}

/** A number of four digits or more in thousands, as articles write it: "3000" → "3 000" ("3,000"). */
export function thousands(phrase: string): string | null {
  if (!/^[0-9]{4,}$/.test(phrase)) return null;
  const head = phrase.length % 3 || 3;
  return [phrase.slice(0, head), ...(phrase.slice(head).match(/[0-9]{3}/g) ?? [])].join(" ");
}
