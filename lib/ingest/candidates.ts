// Builds the candidate figures of an article: one per number it states, with the clause to quote, the
// value in base units, its unit, bound, period and change cues. Numbers that are not figures (years,
// dates, ordinals, names) are kept and marked, never dropped silently.
import { numberMentions, type NumberMention } from "../dataset/number-words";
import type { BoundKind, Unit } from "../model/units";
import { readBound, readChange } from "./cues";
import { notAFigure, type NotFigure } from "./not-figures";
import { articleDate, type ArticleDate } from "./article-date";
import { eventLength, noteEvents, type Events } from "./events";
import { eventReference, noteDatedEvents, type EventFrames } from "./event-refs";
import { carryInto, shiftedYear, startCarry } from "./period-context";
import { countedBack, defaultPeriod, guessPeriod, type PeriodGuess } from "./periods";
import { clauseAround, clauseRange } from "./clause";
import { commentsStart } from "./comments";
import { repeatsOf } from "./repeats";
import { splitSentences, type Sentence } from "./sentences";
import { tenseOf, type Tense } from "./tense";
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
  /** The high end of a range the article states as a range ("$14-16bn"); `value` is the low end. */
  valueHigh: number | null;
  unit: Unit;
  bound: BoundKind;
  strict: boolean;
  boundCue: string | null;
  period: PeriodGuess;
  range: { low: number; high: number } | null;
  change: { kind: "growth" | "multiple"; cue: string } | null;
  /** The same figure stated earlier in the article: the id of that candidate (one decision for both). */
  repeatOf: string | null;
};

const RANGE_JOIN = /^\s?[-–]\s?$/;

function valueOf(m: NumberMention, unit: Unit): number {
  if (m.scale === undefined) return m.n;
  // "55 billion cubic meters" is 55 bcm; money, people and counts are stored in base units.
  return unit === "bcm" && m.scale === 1e9 ? m.n : m.n * m.scale;
}

type Ctx = {
  sentence: Sentence;
  mentions: NumberMention[];
  date: ArticleDate;
  /** The time the sentence takes from the text before it, when it has no cue of its own. */
  inferred: PeriodGuess | null;
  tense: Tense | null;
  events: Events;
};

type Range = { low: NumberMention; high: NumberMention; role: "low" | "high" };

function rangeOf(ctx: Ctx, i: number): Range | null {
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
  // A range is one figure, low and high, with the bound of the words before it ("some 10-15"): never
  // a min and a max record (data/README.md, Ranges).
  const { bound, strict, cue, cueStart } = readBound(before, after);
  const value = valueOf(m, unit) * (change && unit === "percent-change" ? change.sign : 1);
  const from = Math.min(first.start, cueStart ?? first.start);
  const clause = clauseAround(text, from, last.end);
  const focus = { clause: clauseRange(text, from, last.end), mention: [first.start, last.end] as [number, number] };
  const own = guessPeriod(text, ctx.date, focus);
  const period =
    own ??
    eventLength(ctx.events, after) ??
    ctx.inferred ??
    countedBack(text, focus.mention, ctx.date) ??
    defaultPeriod(ctx.date, ctx.tense === "perfect");
  return {
    id,
    sentence: text,
    sentenceStart: ctx.sentence.start,
    paragraph: ctx.sentence.paragraph,
    clause,
    raw: text.slice(first.start, last.end),
    notFigure,
    value,
    valueHigh: range ? valueOf(range.high, unit) : null,
    unit,
    bound,
    strict,
    boundCue: cue ?? null,
    period,
    range: range ? { low: valueOf(range.low, unit), high: valueOf(range.high, unit) } : null,
    repeatOf: null,
    change:
      m.kind === "multiple" || unit === "times"
        ? { kind: "multiple", cue: m.raw }
        : change
          ? { kind: "growth", cue: change.cue }
          : null,
  };
}

/**
 * Every number in the article, figure or not, in reading order; a range ("2-2.5 years") is one candidate.
 * `published` is the article's date ("2024-10-02", "2024-10", "2024" or the year). A figure whose sentence
 * has no time cue takes the time of the sentences before it when it points back to them or narrates in
 * the past tense after them (period-context.ts); otherwise the article's year, marked as assumed.
 */
export function buildCandidates(text: string, published: string | number): Candidate[] {
  const date = articleDate(published);
  const out: Candidate[] = [];
  const carry = startCarry();
  const events: Events = new Map();
  const frames: EventFrames = [];
  for (const sentence of splitSentences(text)) {
    const mentions = numberMentions(sentence.text);
    const cue = guessPeriod(sentence.text, date);
    // "the previous year" before any time in the text is read from the article's date.
    const own = cue ?? (carry.previous ? null : shiftedYear(sentence.text, null, date));
    const referred = eventReference(frames, sentence.text, own !== null);
    const carried = carryInto(carry, sentence, own ?? referred, date);
    noteEvents(events, sentence.text);
    noteDatedEvents(frames, sentence.text, date);
    const inferred = (cue ? null : own) ?? referred ?? carried;
    const tense = mentions.length ? tenseOf(sentence.text) : null;
    const ctx: Ctx = { sentence, mentions, date, inferred, tense, events };
    mentions.forEach((_, i) => {
      if (rangeOf(ctx, i)?.role !== "high") out.push(build(ctx, i, `c${out.length + 1}`));
    });
  }
  const comments = commentsStart(text);
  const marked = out.map((c) =>
    comments !== null && c.sentenceStart >= comments ? { ...c, notFigure: "comment" as const } : c,
  );
  const repeats = repeatsOf(marked);
  return marked.map((c) => ({ ...c, repeatOf: repeats.get(c.id) ?? null }));
}
