// Builds the candidate figures of an article: one per number it states, with the clause to quote, the
// value in base units, its unit, bound, period and change cues. Numbers that are not figures (years,
// dates, ordinals, names) are kept and marked, never dropped silently.
import { numberMentions, type NumberMention } from "../dataset/number-words";
import type { BoundKind, Unit } from "../model/units";
import { readBound, readChange } from "./cues";
import { notAFigure, type NotFigure } from "./not-figures";
import { defaultPeriod, guessPeriod, type PeriodGuess } from "./periods";
import { clauseAround } from "./clause";
import { splitSentences, type Sentence } from "./sentences";
import { unitOf } from "./units";

export type Candidate = {
  id: string;
  /** The sentence, verbatim, and where it starts in the article text. */
  sentence: string;
  sentenceStart: number;
  paragraph: number;
  /** The shortest verbatim part of the sentence that states the number with its qualifier. */
  clause: string;
  raw: string;
  notFigure: NotFigure | null;
  value: number;
  unit: Unit;
  bound: BoundKind;
  strict: boolean;
  boundCue: string | null;
  period: PeriodGuess;
  range: { low: number; high: number } | null;
  change: { kind: "growth" | "multiple"; cue: string } | null;
};

const RANGE_JOIN = /^\s?[-–]\s?$/;

function valueOf(m: NumberMention, unit: Unit): number {
  if (m.scale === undefined) return m.n;
  // "55 billion cubic meters" is 55 bcm; money, people and counts are stored in base units.
  return unit === "bcm" && m.scale === 1e9 ? m.n : m.n * m.scale;
}

type Ctx = { sentence: Sentence; mentions: NumberMention[]; year: number; carried: PeriodGuess | null };

function rangeOf(ctx: Ctx, i: number): { low: NumberMention; high: NumberMention; role: "low" | "high" } | null {
  const [prev, cur, next] = [ctx.mentions[i - 1], ctx.mentions[i], ctx.mentions[i + 1]];
  const text = ctx.sentence.text;
  if (cur && next && RANGE_JOIN.test(text.slice(cur.end, next.start)) && next.n > cur.n)
    return { low: cur, high: next, role: "low" };
  if (prev && cur && RANGE_JOIN.test(text.slice(prev.end, cur.start)) && cur.n > prev.n)
    return { low: prev, high: cur, role: "high" };
  return null;
}

function build(ctx: Ctx, i: number, id: string): Candidate {
  const m = ctx.mentions[i] as NumberMention;
  const text = ctx.sentence.text;
  const range = rangeOf(ctx, i);
  // A range's two ends share the words around the whole range: "$14-16bn", "10-15 years".
  const [first, last] = range ? [range.low, range.high] : [m, m];
  const before = text.slice(0, first.start);
  const after = text.slice(last.end);
  const notFigure = notAFigure(m, text.slice(0, m.start), text.slice(m.end));
  const change = m.kind === "multiple" ? null : readChange(before, after);
  let unit = m.kind === "multiple" ? "times" : unitOf(before, after);
  if (unit === "percent" && change) unit = "percent-change";
  const read = readBound(before, after);
  let { bound, strict, cue } = read;
  const { cueStart } = read;
  if (range) [bound, strict, cue] = range.role === "low" ? ["min", false, "range"] : ["max", false, "range"];
  const value = valueOf(m, unit) * (change && unit === "percent-change" ? change.sign : 1);
  const clause = clauseAround(text, Math.min(first.start, cueStart ?? first.start), last.end);
  const period = guessPeriod(clause, text, ctx.year) ?? ctx.carried ?? defaultPeriod(ctx.year);
  return {
    id,
    sentence: text,
    sentenceStart: ctx.sentence.start,
    paragraph: ctx.sentence.paragraph,
    clause,
    raw: text.slice(first.start, last.end),
    notFigure,
    value,
    unit,
    bound,
    strict,
    boundCue: cue ?? null,
    period,
    range: range ? { low: valueOf(range.low, unit), high: valueOf(range.high, unit) } : null,
    change:
      m.kind === "multiple" || unit === "times"
        ? { kind: "multiple", cue: m.raw }
        : change
          ? { kind: "growth", cue: change.cue }
          : null,
  };
}

// "during this period", "that year": the sentence points back to the time of the one before it.
const POINTS_BACK =
  /\b(?:(?:during|in|over|for|throughout) (?:this|that|the same) (?:period|year|decade|time)|that year|the same year)\b/i;

function pointBack(back: RegExpExecArray | null, previous: PeriodGuess | null): PeriodGuess | null {
  return back && previous ? { ...previous, cue: `${back[0]} → ${previous.cue}` } : null;
}

/**
 * Every number in the article, figure or not, in reading order. `year` is the publication year. A figure
 * whose sentence has no time cue gets the article's year, marked as assumed, unless the sentence points
 * back ("during this period") to the previous sentence's time. Carrying every previous date along was
 * wrong more often than right (docs/benchmarks.md, Ingest).
 */
export function buildCandidates(text: string, year: number): Candidate[] {
  const out: Candidate[] = [];
  let previous: PeriodGuess | null = null;
  for (const sentence of splitSentences(text)) {
    const mentions = numberMentions(sentence.text);
    const own = guessPeriod(sentence.text, sentence.text, year);
    const back: RegExpExecArray | null = own ? null : POINTS_BACK.exec(sentence.text);
    const carried = pointBack(back, previous);
    const ctx: Ctx = { sentence, mentions, year, carried };
    mentions.forEach((_, i) => out.push(build(ctx, i, `c${out.length + 1}`)));
    previous = own ?? carried ?? previous;
  }
  return out;
}
