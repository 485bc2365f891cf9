// The time a sentence with no cue of its own takes from the sentences before it. Two readings, both
// measured on the seed articles (docs/benchmarks.md, Ingest) and tested on sentences written for the tests:
// - it points back ("during this period", "that year"): the previous sentence's time;
// - it narrates in the past simple, in the same paragraph as a dated sentence ("On 18 May, the police
//   raided the office. Seven people were arrested."): that sentence's time; a present perfect ("have
//   fought three wars") only continues an interval that runs up to the time of writing ("since 1947").
// A sentence in the present or the future speaks of the time of writing: the article's year.
import type { ArticleDate } from "./article-date";
import type { PeriodGuess } from "./periods";
import type { Sentence } from "./sentences";
import { tenseOf } from "./tense";

export type Carry = { previous: PeriodGuess | null; paragraph: number; inParagraph: PeriodGuess | null };

export const startCarry = (): Carry => ({ previous: null, paragraph: -1, inParagraph: null });

const POINTS_BACK =
  /\b(?:(?:during|in|over|for|throughout) (?:this|that|the same) (?:period|year|decade|time)|that year|the same year)\b/i;

const followed = (p: PeriodGuess, cue: string): PeriodGuess => ({ ...p, cue: `${cue} → ${p.cue}`, assumed: false });

function narrative(text: string, earlier: PeriodGuess, date: ArticleDate): PeriodGuess | null {
  const tense = tenseOf(text);
  if (tense === "past") return followed(earlier, "past tense, same paragraph");
  if (tense === "perfect" && earlier.period.endsWith(`/${date.year}`))
    return followed(earlier, "present perfect, same paragraph");
  return null;
}

/** The time `sentence` takes from the ones before it (null: its own, or the article's year), and the
 *  state for the next sentence. `own` is the sentence's own cue, if any. */
export function carryInto(state: Carry, sentence: Sentence, own: PeriodGuess | null, date: ArticleDate) {
  if (sentence.paragraph !== state.paragraph)
    Object.assign(state, { paragraph: sentence.paragraph, inParagraph: null });
  let carried: PeriodGuess | null = null;
  if (!own) {
    const back = POINTS_BACK.exec(sentence.text);
    if (back && state.previous) carried = followed(state.previous, back[0]);
    else if (state.inParagraph) carried = narrative(sentence.text, state.inParagraph, date);
  }
  state.previous = own ?? carried ?? state.previous;
  state.inParagraph = own ?? carried ?? state.inParagraph;
  return carried;
}
