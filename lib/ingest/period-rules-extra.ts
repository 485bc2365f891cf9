// More time cues, as articles write them: decades ("the late 1990s"), seasons ("the autumn of 2020"),
// "by 2025" (some time up to then: a moment), the end of the year or of the decade, "in recent months",
// "earlier this year", "the past decade". Vague ones stay vague: they are read as the interval they can
// mean, `uncertain`, and flagged, never as a precise span.
import type { PeriodKind } from "../model/period";
import { nowMonth, pad, type ArticleDate } from "./article-date";
import type { Reading, Rule } from "./period-reading";
import { monthNumber } from "./months";

const YEAR = "((?:19|20)\\d{2})";
const rx = (source: string) => new RegExp(source, "gi");
const ym = (y: number | string, m: number) => `${y}-${pad(m)}`;
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11] };
const DECADE_PART: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, several: 2, a: 1, one: 1 };
const vague = (period: string, kind: PeriodKind = "uncertain"): Reading => ({ period, kind, vague: true });

/** The article's month moved back by `n` months ("2025-02" less 6 is "2024-08"). */
function monthsBefore(d: ArticleDate, n: number): string {
  const at = d.year * 12 + (d.month ?? 1) - 1 - n;
  return ym(Math.floor(at / 12), (at % 12) + 1);
}

/** Rules to try before the year rules of period-rules.ts (they are more specific). */
export const EXTRA_RULES: Rule[] = [
  {
    // "in the 1990s" is the decade; "the late 1990s" a vague part of it.
    re: rx(`\\b(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?((?:19|20)\\d)0s\\b`),
    read: (m) => {
      const [a, b] = DECADE_PART[(m[1] ?? "").toLowerCase()] ?? [0, 9];
      const period = `${m[2]}${a}/${m[2]}${b}`;
      return m[1] ? vague(period) : { period };
    },
  },
  {
    re: rx(`\\b(?:in\\s+)?(?:the\\s+)?(spring|summer|fall|autumn)\\s+(?:of\\s+)?${YEAR}\\b`),
    read: (m) => {
      const [a, b] = SEASONS[(m[1] ?? "").toLowerCase()] ?? [1, 12];
      return vague(`${ym(m[2] ?? "", a)}/${ym(m[2] ?? "", b)}`, "span");
    },
  },
  {
    // "since the 2020 war": from the event's year to the time of writing.
    re: rx(`\\bsince\\s+the\\s+(?:[A-Za-z-]+\\s+)?${YEAR}\\b(?!\\s*[-–/]\\s*\\d)`),
    read: (m, d) => (Number(m[1]) < d.year ? { period: `${m[1]}/${d.year}`, relative: true } : null),
  },
  // "by 2025": at some time up to 2025, a moment in it (not the whole year).
  { re: rx(`\\bby\\s+${YEAR}\\b(?!\\s*[-–/]\\s*\\d)`), read: (m) => ({ period: `${m[1]}`, kind: "uncertain" }) },
  {
    re: rx(
      `\\b(?:at|by|until|till|toward|towards|before)\\s+the\\s+end\\s+of\\s+(?:the|this)\\s+year\\b|\\bby\\s+year[\\s-]end\\b`,
    ),
    read: (_m, d) => ({ period: ym(d.year, 12), kind: "uncertain", relative: true }),
  },
  {
    // "by the end of the decade", written in 2024: 2029 or 2030, as writers count decades.
    re: rx(`\\b(?:at|by|until|till|toward|towards|before)\\s+the\\s+end\\s+of\\s+(?:the|this)\\s+decade\\b`),
    read: (_m, d) => {
      const end = d.year - (d.year % 10) + 9;
      return { ...vague(`${end}/${end + 1}`), relative: true };
    },
  },
  {
    re: rx(
      `\\b(?:in|over|during)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+|couple\\s+of\\s+)?(months|weeks)\\b`,
    ),
    read: (m, d) => {
      if (!d.month) return { ...vague(`${d.year - 1}/${d.year}`), relative: true };
      const back = /weeks/i.test(m[1] ?? "") ? 1 : 6;
      return { ...vague(`${monthsBefore(d, back)}/${nowMonth(d)}`), relative: true };
    },
  },
  {
    re: rx(`\\bearlier\\s+this\\s+year\\b`),
    read: (_m, d) =>
      d.month && d.month > 1
        ? { period: `${ym(d.year, 1)}/${monthsBefore(d, 1)}`, kind: "uncertain", relative: true }
        : { period: `${d.year}`, kind: "uncertain", relative: true },
  },
  { re: rx(`\\bthis\\s+month\\b`), read: (_m, d) => (d.month ? { period: nowMonth(d), relative: true } : null) },
  { re: rx(`\\bnext\\s+year\\b`), read: (_m, d) => ({ period: `${d.year + 1}`, relative: true }) },
  {
    re: rx(
      `\\b(?:in|over|during|for|throughout)\\s+the\\s+(?:past|last|previous)\\s+(?:(two|three|four|five|several)\\s+)?(decades?|year)\\b`,
    ),
    read: (m, d) => {
      const n = WORDS[(m[1] ?? "a").toLowerCase()] ?? 1;
      const years = /decade/i.test(m[2] ?? "") ? 10 * n : 1;
      return { period: `${d.year - years}/${d.year}`, relative: true, vague: (m[1] ?? "") === "several" };
    },
  },
];

/** "after the July 2020 clashes that led up to the war in the fall": the clause closes the interval
 *  within the same year, so the figure is of that year (null when nothing closes it). */
export function closedWithinYear(rest: string, fromMonth: number): boolean {
  const clause = rest.split(/[,;.]/)[0] ?? "";
  const close =
    /\b(?:in|by|during|until|till|through|before|into)\s+(?:the\s+)?(spring|summer|fall|autumn|end\s+of\s+the\s+year)\b|\blater\s+(?:that|the\s+same)\s+year\b|\b(?:in|by|until|till|before|through)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/.exec(
      clause,
    );
  if (!close) return false;
  const season = (close[1] ?? "").toLowerCase();
  const end = close[2] ? monthNumber(close[2]) : (SEASONS[season]?.[1] ?? 12);
  return end >= fromMonth;
}
