// Reads the cues around a number: its bound ("did not exceed" → max), whether it states a change
// ("grew by 56%") and the period the sentence gives it ("since 2020" → 2020/<publication year>).
import type { BoundKind } from "../model/units";

export type BoundCue = { bound: BoundKind; strict: boolean; cue?: string; cueStart?: number };

// Longest first, so "no more than" wins over "more than".
const BEFORE: [string, BoundKind, boolean][] = (
  [
    ["did not exceed", "max", false],
    ["does not exceed", "max", false],
    ["do not exceed", "max", false],
    ["not exceeding", "max", false],
    ["not more than", "max", false],
    ["no more than", "max", false],
    ["a maximum of", "max", false],
    ["at most", "max", false],
    ["up to", "max", false],
    ["fewer than", "max", true],
    ["less than", "max", true],
    ["lower than", "max", true],
    ["below", "max", true],
    ["under", "max", true],
    ["no less than", "min", false],
    ["not less than", "min", false],
    ["no fewer than", "min", false],
    ["a minimum of", "min", false],
    ["at least", "min", false],
    ["more than", "min", true],
    ["greater than", "min", true],
    ["in excess of", "min", true],
    ["upwards of", "min", true],
    ["exceeding", "min", true],
    ["exceeded", "min", true],
    ["over", "min", true],
    ["above", "min", true],
    ["approximately", "approx", false],
    ["estimated at", "approx", false],
    ["an estimated", "approx", false],
    ["close to", "approx", false],
    ["roughly", "approx", false],
    ["around", "approx", false],
    ["nearly", "approx", false],
    ["almost", "approx", false],
    ["about", "approx", false],
    ["circa", "approx", false],
    ["near", "approx", false],
    ["some", "approx", false],
    ["~", "approx", false],
  ] as [string, BoundKind, boolean][]
).sort((a, b) => b[0].length - a[0].length);

const AFTER: [RegExp, BoundKind, boolean][] = [
  [/^\s*(?:or more|and more|or above|-plus|\+)/i, "min", false],
  [/^\s*(?:or less|or fewer|at most|or below)/i, "max", false],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BEFORE_RE = new RegExp(
  `(?:^|[^a-z])(${BEFORE.map(([c]) => escape(c)).join("|")})[\\s-]*(?:an?\\s+)?(?:estimated\\s+)?(?:us\\s?\\$|\\$|€|£|usd|eur)?\\s*$`,
  "i",
);

/** The bound a number takes from the words just before or after it. */
export function readBound(before: string, after: string): BoundCue {
  const window = before.slice(-48);
  const m = BEFORE_RE.exec(window);
  // "control over two of the four borders": a preposition before a partitive, not a bound.
  const partitive = /^\s+of\b/i.test(after) && /^(?:over|under|above|below)$/i.test(m?.[1] ?? "");
  if (m?.[1] && !partitive) {
    const hit = BEFORE.find(([c]) => c === m[1]?.toLowerCase());
    if (hit) {
      const cueStart = before.length - window.length + m.index + m[0].indexOf(m[1]);
      return { bound: hit[1], strict: hit[2], cue: m[1], cueStart };
    }
  }
  for (const [re, bound, strict] of AFTER) {
    const a = re.exec(after);
    if (a) return { bound, strict, cue: a[0].trim() };
  }
  return { bound: "exact", strict: false };
}

const CHANGE_BEFORE =
  /\b(grew|grown|growth|increased?|rose|risen|jump(?:ed)?|surged?|climbed|fell|fallen|declined?|decreased?|dropped|shrank|contracted|up|down)\s+(?:by\s+|of\s+)?(?:an?\s+|some\s+|about\s+|nearly\s+|almost\s+|around\s+)?$/i;
// "cut its staff by 15 percent", "raised the tariff by 8%": a verb with an object before "by".
const CHANGE_BY =
  /\b(cut|reduced|slashed|lowered|trimmed|raised|increased|boosted|expanded)\s+(?:[a-z'’]+\s+){1,3}?by\s+(?:an?\s+|some\s+|about\s+|nearly\s+|almost\s+|around\s+)?$/i;
const CHANGE_AFTER =
  /^[\s%-]*(?:percent|per cent)?\s*(?:year-on-year\s+)?(growth|increase|rise|jump|decline|drop|fall|decrease)\b/i;
const FALLING =
  /^(fell|fallen|declined?|decreased?|dropped|shrank|contracted|down|decline|drop|fall|decrease|cut|reduced|slashed|lowered|trimmed)$/i;

/** "grew by 56%" or "a 56% rise" states a change, and "fell by 5%" a negative one. */
export function readChange(before: string, after: string): { sign: 1 | -1; cue: string } | null {
  const m =
    CHANGE_BEFORE.exec(before.slice(-40)) ?? CHANGE_BY.exec(before.slice(-60)) ?? CHANGE_AFTER.exec(after.slice(0, 40));
  if (!m?.[1]) return null;
  return { sign: FALLING.test(m[1]) ? -1 : 1, cue: m[1] };
}
