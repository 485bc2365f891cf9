// Events the article dates once and refers back to: "The 26 October summit in Varna …" … "the summit
// ended with 3 agreements". A sentence with no time cue of its own that refers to a dated event in a
// clause in the past tense ("the summit was a success, after the release of 4 hostages") takes that
// event's time — as a moment (`uncertain`), at month precision at most, since the figure is tied to the
// event, not dated by it — and says which sentence dated it. "The summit" is the one the text last
// named: a name ("the Varna summit") picks its own, a bare noun the most recent of its kind.
import type { ArticleDate } from "./article-date";
import { guessPeriod, type PeriodGuess } from "./periods";
import { tenseOf } from "./tense";
import { CAPITALISED_MONTH } from "./months";

type DatedEvent = { group: string; names: string[]; guess: PeriodGuess; text: string };
/** The dated events, the one named last at the end. */
export type EventFrames = DatedEvent[];

const GROUPS: Record<string, string[]> = {
  meeting: ["meeting", "summit", "mini-summit", "talks", "conference", "visit", "forum"],
  war: ["war", "offensive", "invasion"],
  fighting: ["clashes", "fighting", "escalation", "attack", "attacks", "incursion", "incursions"],
  vote: ["election", "elections", "vote", "referendum", "ballot"],
  agreement: ["agreement", "deal", "treaty", "accord", "ceasefire", "truce", "statement", "declaration"],
  unrest: ["protest", "protests", "strike", "raid", "coup", "crisis", "blockade", "floods", "earthquake"],
};
const GROUP_OF = new Map(Object.entries(GROUPS).flatMap(([g, nouns]) => nouns.map((n) => [n, g] as const)));
// Case-insensitive nouns, case-sensitive names: "the Sochi Summit", "the 15 December Brussels meeting".
const ci = (w: string) => w.replace(/^[a-z]/, (c) => `[${c}${c.toUpperCase()}]`);
const NOUN = `(${[...GROUP_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map(ci)
  .join("|")})\\b`;
const MONTH = CAPITALISED_MONTH;
const YEAR = "(?:19|20)\\d{2}";
const DATE = `(?:\\d{1,2}\\s+${MONTH}(?:\\s+${YEAR})?|${MONTH}\\s+\\d{1,2}(?:,\\s*${YEAR})?|${MONTH}\\s+${YEAR}|${YEAR}|${MONTH})`;
const NAMES = "((?:[A-Z][\\w-]*\\s+){0,3})";
const PLACE = "(?:\\s+(?:in|at)\\s+([A-Z][\\w-]+))?";
// "the 26 October summit in Varna", "the July 2020 clashes", "the 15 December Brussels meeting"
const DATED_BEFORE = new RegExp(`\\b[Tt]he\\s+(${DATE})\\s+${NAMES}(?:[a-z-]+\\s+)?${NOUN}${PLACE}`, "g");
// "the ceasefire of November 2020", "the summit in Varna on 26 October"
const DATED_AFTER = new RegExp(
  `\\b[Tt]he\\s+${NAMES}(?:[a-z-]+\\s+){0,2}?${NOUN}${PLACE}\\s+(?:of|on|in)\\s+(${DATE})`,
  "g",
);
const MENTION = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+${NAMES}(?:[a-z-]+\\s+)?${NOUN}${PLACE}`, "g");

const namesIn = (...parts: (string | undefined)[]) =>
  parts.flatMap((p) => (p ?? "").split(/\s+/)).filter((w) => /^[A-Z]/.test(w) && !/^(?:The|This|That)$/.test(w));

function remember(frames: EventFrames, event: DatedEvent): void {
  const same = frames.findIndex((e) => e.group === event.group && e.guess.period === event.guess.period);
  if (same >= 0) frames.splice(same, 1);
  frames.push(event);
}

/** Records the events `sentence` dates ("the 26 October summit"), most recent last. */
export function noteDatedEvents(frames: EventFrames, sentence: string, date: ArticleDate): void {
  const found: [number, DatedEvent][] = [];
  const add = (at: number, when: string, noun: string, names: string[]) => {
    const guess = guessPeriod(`in ${when}`, date);
    const group = GROUP_OF.get(noun.toLowerCase());
    if (guess && group) found.push([at, { group, names, guess, text: sentence }]);
  };
  for (const m of sentence.matchAll(DATED_BEFORE)) add(m.index, m[1] ?? "", m[3] ?? "", namesIn(m[2], m[4]));
  for (const m of sentence.matchAll(DATED_AFTER)) add(m.index, m[4] ?? "", m[2] ?? "", namesIn(m[1], m[3]));
  found.sort((a, b) => a[0] - b[0]).forEach(([, e]) => remember(frames, e));
}

const monthAtMost = (period: string) => (/^\d{4}-\d{2}-\d{2}$/.test(period) ? period.slice(0, 7) : period);

/** The dated event each "the <event>" of `sentence` refers to, in order; each becomes the latest named. */
function mentioned(frames: EventFrames, sentence: string): { event: DatedEvent; at: number; words: string }[] {
  const out: { event: DatedEvent; at: number; words: string }[] = [];
  for (const m of sentence.matchAll(MENTION)) {
    const group = GROUP_OF.get((m[2] ?? "").toLowerCase());
    const names = namesIn(m[1], m[3]);
    const kin = frames.filter((e) => e.group === group);
    const event = names.length ? kin.findLast((e) => e.names.some((n) => names.includes(n))) : kin.at(-1);
    if (!event) continue;
    frames.splice(frames.indexOf(event), 1);
    frames.push(event);
    out.push({ event, at: m.index, words: m[0] });
  }
  return out;
}

/** The time of the dated event a cue-less sentence refers to in a past-tense clause, or null. Call it on
 *  every sentence (it keeps track of which event was named last). */
export function eventReference(frames: EventFrames, sentence: string, hasOwnCue: boolean): PeriodGuess | null {
  for (const { event, at, words } of mentioned(frames, sentence)) {
    if (hasOwnCue) continue;
    const clause = sentence.slice(sentence.lastIndexOf(",", at) + 1).split(/[,;:]/)[0] ?? "";
    if (tenseOf(clause) !== "past") continue;
    return {
      period: monthAtMost(event.guess.period),
      kind: "uncertain",
      cue: `"${words.trim()}" → ${event.guess.cue}`,
      vague: event.guess.vague,
      assumed: false,
      relative: event.guess.relative,
      inferredFrom: event.text,
    };
  }
  return null;
}
