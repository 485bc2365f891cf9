// The time a sentence with no cue of its own takes from the text before it — the discourse's current
// time frame. Measured on the seed articles (docs/benchmarks.md, Ingest) and tested on articles written
// for the tests (tests/fixtures/ingest/):
// - it points back ("during this period", "that year"): the previous dated sentence's time;
// - it shifts from it ("the following year", "two years later", "the year before"): that time, moved;
// - it narrates in the past simple, in the same paragraph as a dated sentence ("On 18 May, the police
//   raided the office. Seven people were arrested."): that sentence's time; a present perfect ("have
//   fought three wars") only continues an interval that runs up to the time of writing ("since 1947");
// - it stands under a heading that gives a time ("2023: a record harvest") and does not speak in the
//   present or the future: the heading's time.
// A sentence in the present or the future speaks of the time of writing: the article's year. Every
// inferred period says so in its cue and names the sentence it came from (`inferredFrom`).
import type { ArticleDate } from "./article-date";
import type { PeriodGuess } from "./periods";
import type { Sentence } from "./sentences";
import { tenseOf } from "./tense";

/** A time the text gave, with the sentence (or heading) that gave it. */
type Frame = { guess: PeriodGuess; text: string };
export type Carry = { previous: Frame | null; paragraph: number; inParagraph: Frame | null; section: Frame | null };

export const startCarry = (): Carry => ({ previous: null, paragraph: -1, inParagraph: null, section: null });

const POINTS_BACK =
  /\b(?:(?:during|in|over|for|throughout|at) (?:this|that|the same) (?:period|year|decade|time|stage|point)|that year|the same year|(?:this|that) same (?:year|period))\b/i;
const NUM = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
Object.assign(COUNT, { seven: 7, eight: 8, nine: 9, ten: 10 });
// Moves from the current frame, in years: "the following year" +1, "two years later" +2, "the year before" -1.
const SHIFTS: [RegExp, (m: RegExpExecArray) => number][] = [
  [/\b(?:the|a)\s+(?:following|next|subsequent)\s+year\b/i, () => 1],
  [new RegExp(`\\b${NUM}\\s+years?\\s+(?:later|on|afterwards?)\\b`, "i"), (m) => count(m[1])],
  [/\b(?:the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before))\b/i, () => -1],
  [new RegExp(`\\b${NUM}\\s+years?\\s+(?:earlier|before)\\b`, "i"), (m) => -count(m[1])],
];
const count = (s = "") => Number(s) || COUNT[s.toLowerCase()] || 0;

const followed = (f: Frame, cue: string): PeriodGuess => ({
  ...f.guess,
  cue: `${cue} → ${f.guess.cue}`,
  assumed: false,
  inferredFrom: f.guess.inferredFrom ?? f.text,
});

/** "That year" after "In the autumn of 2022" is 2022: a pointer to a year takes the frame's year (when
 *  the frame lies within one); "during this period" takes the frame as it is. */
function pointedBack(f: Frame, cue: string): PeriodGuess {
  const years = [...f.guess.period.matchAll(/(\d{4})(?:-\d{2}){0,2}/g)].map((m) => m[1]);
  const toYear = /year/i.test(cue) && years.length > 0 && years.every((y) => y === years[0]);
  const guess = followed(f, cue);
  return toYear ? { ...guess, period: years[0] ?? guess.period, kind: "span", vague: false } : guess;
}

/** The frame's last year moved by a shift cue ("the following year" after "In 2019" is 2020). */
export function shiftedYear(text: string, frame: Frame | null, date: ArticleDate): PeriodGuess | null {
  for (const [re, by] of SHIFTS) {
    const m = re.exec(text);
    if (!m) continue;
    const base = frame ? Number(/(\d{4})(?:-\d{2}){0,2}$/.exec(frame.guess.period)?.[1]) : date.year;
    const shift = by(m);
    if (!base || !shift) return null;
    const cue = frame ? `${m[0]} → ${frame.guess.cue}` : `${m[0]}, from the article's date`;
    const guess: PeriodGuess = {
      period: String(base + shift),
      kind: "span",
      cue,
      vague: false,
      assumed: false,
      relative: !frame,
    };
    return frame ? { ...guess, inferredFrom: frame.guess.inferredFrom ?? frame.text } : guess;
  }
  return null;
}

function narrative(text: string, earlier: Frame, date: ArticleDate): PeriodGuess | null {
  const tense = tenseOf(text);
  if (tense === "past") return followed(earlier, "past tense, same paragraph");
  if (tense === "perfect" && earlier.guess.period.endsWith(`/${date.year}`))
    return followed(earlier, "present perfect, same paragraph");
  return null;
}

// A heading: a short line of its own with no sentence punctuation ("2023: A Record Harvest").
const isHeading = (s: Sentence, first: boolean) =>
  first && !/[.!?…"”'’)]$/.test(s.text) && s.text.split(/\s+/).length <= 12;

function underHeading(text: string, section: Frame | null): PeriodGuess | null {
  if (!section) return null;
  const tense = tenseOf(text);
  return tense === "present" || tense === "future" ? null : followed(section, "the section's heading");
}

/** The time `sentence` takes from the text before it (null: its own, or the article's year), and the
 *  state for the next sentence. `own` is the sentence's own cue, if any. */
export function carryInto(state: Carry, sentence: Sentence, own: PeriodGuess | null, date: ArticleDate) {
  const first = sentence.paragraph !== state.paragraph;
  if (first) Object.assign(state, { paragraph: sentence.paragraph, inParagraph: null });
  if (isHeading(sentence, first)) {
    state.section = own ? { guess: own, text: sentence.text } : null;
    if (own) state.previous = state.section;
    return null;
  }
  let carried: PeriodGuess | null = null;
  if (!own) {
    const back = POINTS_BACK.exec(sentence.text);
    carried = shiftedYear(sentence.text, state.previous, date);
    if (!carried && back && state.previous) carried = pointedBack(state.previous, back[0]);
    else if (!carried && state.inParagraph) carried = narrative(sentence.text, state.inParagraph, date);
    carried ??= underHeading(sentence.text, state.section);
  }
  const frame = own ?? carried;
  if (frame) {
    state.previous = { guess: frame, text: sentence.text };
    state.inParagraph = state.previous;
  }
  return carried;
}
