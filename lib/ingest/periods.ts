// Guesses the period a figure belongs to from its sentence: "In 2024", "since 2020", "between 2011 and
// 2020", "as of 2025", "the first half of 2023", "fiscal 2023", "on January 23", "last year". Vague cues
// ("a few years ago", "recently", "late 2024") are flagged and read as the interval they can mean; cues
// that put the figure at a moment ("as of", "currently", "after <date>") make its period `uncertain`.
// With no cue, the period is the article's year, and the cue says so.
import type { PeriodKind } from "../model/period";
import { nowMonth, type ArticleDate } from "./article-date";
import { RULES, type Reading } from "./period-rules";

export type PeriodGuess = {
  period: string;
  kind: PeriodKind;
  cue: string;
  vague: boolean;
  /** No cue: the article's year was assumed. */
  assumed: boolean;
  /** The period was read against the article's date ("since 2020", "last year", "on January 23"). */
  relative: boolean;
  /** The figure's own sentence has no time cue: the period was inferred from this earlier sentence or
   *  heading (the cue says how), for the reviewer to check. */
  inferredFrom?: string;
};

/** Where the figure is in the sentence: its clause is read before the rest, and its own words are not
 *  a time cue ("in the past 10-15 years" states the figure, not its period). */
export type Focus = { clause: [number, number]; mention: [number, number] };

const guess = (r: Reading, cue: string): PeriodGuess => ({
  period: r.period,
  kind: r.kind ?? "span",
  cue,
  vague: r.vague ?? false,
  assumed: false,
  relative: r.relative ?? false,
});

const blank = (text: string, at: number, length: number) =>
  text.slice(0, at) + " ".repeat(length) + text.slice(at + length);

/** The first rule that matches, tried on the figure's clause before the whole sentence. */
export function guessPeriod(sentence: string, date: ArticleDate, focus?: Focus): PeriodGuess | null {
  const whole: [number, number] = [0, sentence.length];
  const mention = focus?.mention ?? [-1, -1];
  for (const [from, to] of focus ? [focus.clause, whole] : [whole])
    for (const rule of RULES)
      for (const m of sentence.matchAll(rule.re)) {
        const [start, end] = [m.index, m.index + m[0].length];
        if (start < from || end > to || (start < mention[1] && end > mention[0])) continue;
        if (rule.alone && guessPeriod(blank(sentence, start, m[0].length), date, focus)) continue;
        const read = rule.read(m, date);
        if (read) return guess(read, m[0].trim());
      }
  return null;
}

/** No cue: the article's year. A sentence in the present perfect ("has requested 60 jets") states a result
 *  as of the time of writing, a moment in that year; others (a length, a count of documents) the year. */
export function defaultPeriod(date: ArticleDate, perfect = false): PeriodGuess {
  const period = String(date.year);
  const cue = perfect ? "no time cue, present perfect: as of the article's year" : "no time cue: the article's year";
  return { period, kind: perfect ? "uncertain" : "span", cue, vague: false, assumed: true, relative: true };
}

// "in the past 10-15 years", "for the last six months": the figure is a duration counted back from the
// time it is stated at.
const COUNTED_BACK_BEFORE = /\b(?:in|over|for|during|within)\s+the\s+(?:past|last|previous|preceding)\s+$/i;
const COUNTED_BACK_AFTER = /^\s*(?:years|months|decades|weeks)\b/i;

/** A figure that is a duration counted back from the time of writing ("in the past 10-15 years") with no
 *  other time in its sentence is stated as of the article's date: a moment, at month precision at best. */
export function countedBack(sentence: string, mention: [number, number], date: ArticleDate): PeriodGuess | null {
  const before = sentence.slice(0, mention[0]);
  if (!COUNTED_BACK_BEFORE.test(before) || !COUNTED_BACK_AFTER.test(sentence.slice(mention[1]))) return null;
  const cue = "a duration counted back from the time of writing: stated as of the article's date";
  return { period: nowMonth(date), kind: "uncertain", cue, vague: false, assumed: false, relative: true };
}
