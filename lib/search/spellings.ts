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

/**
 * The numbers in thousands that digits typed so far may be the beginning of: "3000" may be "3,000…",
 * "30,00…" or "300,0…". A last group of one digit is left out: the index keeps no 1-character prefixes,
 * and FTS5 would gather every word beginning with it.
 */
export function thousandsTypedAhead(digits: string): string[] {
  if (!/^[0-9]{4,}$/.test(digits)) return [];
  const forms: string[] = [];
  for (const head of [1, 2, 3]) {
    const groups = [digits.slice(0, head), ...(digits.slice(head).match(/[0-9]{1,3}/g) ?? [])];
    if ((groups.at(-1) ?? "").length >= 2) forms.push(groups.join(" "));
  }
  return forms;
}
