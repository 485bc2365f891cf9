// The time cues a sentence can give a figure, most specific first: an interval or a day beats a bare year.
// Each rule reads its match against the article's date; relative cues ("last year", "since 2020",
// "on January 23") say so, as the period then rests on that date.
import { nowMonth, pad, yearOfMonth, type ArticleDate } from "./article-date";
import { closedWithinYear, EXTRA_RULES } from "./period-rules-extra";
import type { Reading, Rule } from "./period-reading";
import { ANY_MONTH, monthNumber } from "./months";

export type { Reading, Rule };

const MONTH = `(${ANY_MONTH})(?![a-z])\\.?`;
const YEAR = "((?:19|20)\\d{2})";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const NUM = "(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)";
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
Object.assign(WORDS, { nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50 });

const count = (s = "") => Number(s) || WORDS[s.toLowerCase()] || 0;
const ym = (y: string | number, m: number) => `${y}-${pad(m)}`;
const rx = (source: string, flags = "gi") => new RegExp(source, flags);
const span = (period: string): Reading => ({ period });
const moment = (period: string, extra: Partial<Reading> = {}): Reading => ({ period, kind: "uncertain", ...extra });
// A month named without a year is a cue only when capitalised: "in March", not "a march".
const capital = (s = "") => /^[A-Z]/.test(s);
const HALVES: Record<string, [number, number]> = { first: [1, 6], second: [7, 12], h1: [1, 6], h2: [7, 12] };
const QUARTER: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4 };
Object.assign(QUARTER, { "4th": 4, q1: 1, q2: 2, q3: 3, q4: 4 });
const PART_OF_YEAR: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
const months = (y: string | number, [a, b]: [number, number]) => `${ym(y, a)}/${ym(y, b)}`;
const shortYear = (start: string, end: string) => (end.length === 2 ? `${start.slice(0, 2)}${end}` : end);

const DATE_AFTER = `(?:${MONTH}\\s+(?:${DAY},?\\s+)?${YEAR}|${YEAR})`;

export const RULES: Rule[] = [
  {
    // "following a significant escalation in September 2022": some time between then and the article.
    re: rx(`\\b(?:after|following)\\s+[^.;,\\d]{0,60}?${DATE_AFTER}\\b`),
    read: (m, d) => {
      const from = m[1] ? ym(m[3] ?? "", monthNumber(m[1])) : (m[4] ?? "");
      // "… that led up to the war in the fall": the clause closes the interval within that year.
      if (closedWithinYear(m.input.slice(m.index + m[0].length), m[1] ? monthNumber(m[1]) : 1))
        return span(from.slice(0, 4));
      return moment(`${from}/${from.length > 4 ? nowMonth(d) : d.year}`, { relative: true });
    },
    alone: true,
  },
  {
    re: rx(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until|till|through)\\s+${YEAR}\\b`),
    read: (m) => span(`${m[1]}/${m[2]}`),
  },
  {
    re: rx(`\\b(?:fiscal(?:\\s+year)?|FY)\\s?'?((?:19|20)?\\d{2})(?:\\s?[/–-]\\s?(\\d{2}|\\d{4}))?\\b`),
    read: (m) => {
      const start = (m[1] ?? "").length === 2 ? `20${m[1]}` : (m[1] ?? "");
      // A fiscal year need not be the calendar year: the reviewer checks it.
      return { period: m[2] ? `${start}/${shortYear(start, m[2])}` : start, vague: true };
    },
  },
  {
    re: rx(`\\b${YEAR}\\s?[-–/]\\s?((?:19|20)\\d{2}|\\d{2})\\b(?!\\s?%)`),
    read: (m) => span(`${m[1]}/${shortYear(m[1] ?? "", m[2] ?? "")}`),
  },
  {
    re: rx(`\\b(?:the\\s+)?(first|second)\\s+half\\s+of\\s+${YEAR}\\b|\\b(H1|H2)\\s+${YEAR}\\b`),
    read: (m) => span(months(m[2] ?? m[4] ?? "", HALVES[(m[1] ?? m[3] ?? "").toLowerCase()] ?? [1, 12])),
  },
  {
    re: rx(
      `\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+${YEAR}\\b|\\b(Q[1-4])\\s+${YEAR}\\b`,
    ),
    read: (m) => {
      const q = QUARTER[(m[1] ?? m[3] ?? "").toLowerCase()] ?? 1;
      return span(months(m[2] ?? m[4] ?? "", [3 * q - 2, 3 * q]));
    },
  },
  {
    re: rx(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`),
    read: (m) => span(`${ym(m[3] ?? "", monthNumber(m[1]))}-${pad(Number(m[2]))}`),
  },
  {
    re: rx(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`),
    read: (m) => span(`${ym(m[3] ?? "", monthNumber(m[2]))}-${pad(Number(m[1]))}`),
  },
  {
    re: rx(`\\b(?:since|from)\\s+${MONTH}\\s+${YEAR}\\b`),
    read: (m, d) => ({ period: `${ym(m[2] ?? "", monthNumber(m[1]))}/${nowMonth(d)}`, relative: true }),
  },
  {
    re: rx(`\\b(?:since|from)\\s+${YEAR}\\b(?!\\s*(?:to|until|and)\\b)`),
    read: (m, d) => (Number(m[1]) < d.year ? { period: `${m[1]}/${d.year}`, relative: true } : span(`${m[1]}`)),
  },
  {
    // "since their emergence as independent states in 1947"
    re: rx(`\\bsince\\s+[a-z][^.;,\\d]{0,50}?\\bin\\s+${YEAR}\\b`),
    read: (m, d) => (Number(m[1]) < d.year ? { period: `${m[1]}/${d.year}`, relative: true } : null),
  },
  {
    re: rx(`\\bas\\s+(?:of|at)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}\\s+${YEAR}\\b`),
    read: (m) => moment(ym(m[2] ?? "", monthNumber(m[1]))),
  },
  { re: rx(`\\bas\\s+(?:of|at)\\s+${YEAR}\\b`), read: (m) => moment(`${m[1]}`) },
  {
    re: rx(`\\b(?:at|by|until|till|toward|towards)\\s+the\\s+end\\s+of\\s+${YEAR}\\b|\\bend-${YEAR}\\b`),
    read: (m) => moment(ym(m[1] ?? m[2] ?? "", 12)),
  },
  ...EXTRA_RULES,
  {
    re: rx(`\\b(early|mid|late)[\\s-]+${YEAR}\\b`),
    read: (m) => moment(months(m[2] ?? "", PART_OF_YEAR[(m[1] ?? "").toLowerCase()] ?? [1, 12]), { vague: true }),
  },
  { re: rx(`\\b${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`), read: (m) => span(ym(m[2] ?? "", monthNumber(m[1]))) },
  {
    re: rx(
      `\\b(?:in|during|for|of|throughout|until|till|through)\\s+(?:the\\s+(?:year|calendar\\s+year)\\s+)?${YEAR}\\b`,
    ),
    read: (m) => span(`${m[1]}`),
  },
  {
    re: rx(`\\b(?:in|over|during|for)\\s+the\\s+(?:past|last|previous)\\s+${NUM}\\s+years\\b`),
    read: (m, d) => ({ period: `${d.year - count(m[1])}/${d.year}`, relative: true }),
  },
  { re: rx(`\\b${NUM}\\s+years\\s+ago\\b`), read: (m, d) => moment(`${d.year - count(m[1])}`, { relative: true }) },
  {
    re: rx(`\\b(?:a\\s+decade|ten\\s+years)\\s+ago\\b`),
    read: (_m, d) => moment(`${d.year - 11}/${d.year - 9}`, { vague: true, relative: true }),
  },
  {
    re: rx(`\\blast\\s+year\\b`),
    read: (_m, d) => ({ period: `${d.year - 1}`, relative: true }),
  },
  {
    re: rx(`\\blast\\s+month\\b`),
    read: (_m, d) =>
      d.month ? { period: d.month === 1 ? `${d.year - 1}-12` : ym(d.year, d.month - 1), relative: true } : null,
  },
  { re: rx(`\\bthis\\s+year\\b`), read: (_m, d) => ({ period: `${d.year}`, relative: true }) },
  {
    re: rx(`\\b(?:currently|today|now|at\\s+present|at\\s+the\\s+moment|to\\s+date|so\\s+far|still)\\b`),
    read: (_m, d) => moment(`${d.year}`, { relative: true }),
  },
  {
    re: rx(`\\b(?:a\\s+few|several|some|a\\s+couple\\s+of)\\s+years\\s+ago\\b`),
    read: (_m, d) => moment(`${d.year - 5}/${d.year - 2}`, { vague: true, relative: true }),
  },
  {
    re: rx(`\\b(?:recently|in\\s+recent\\s+years)\\b`),
    read: (_m, d) => moment(`${d.year - 3}/${d.year}`, { vague: true, relative: true }),
  },
  {
    re: rx(`\\b${MONTH}\\s+${DAY}\\b(?!\\s*(?:,\\s*)?(?:19|20)\\d{2})`),
    read: (m, d) => (capital(m[0]) ? relativeDay(monthNumber(m[1]), Number(m[2]), d) : null),
  },
  {
    re: rx(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?!\\s*,?\\s*(?:19|20)\\d{2})`),
    read: (m, d) => (capital(m[2]) ? relativeDay(monthNumber(m[2]), Number(m[1]), d) : null),
  },
  {
    re: rx(`\\b(?:in|on|since|during|by|until)\\s+(?:early\\s+|late\\s+|mid-)?${MONTH}(?!\\s+(?:\\d|of\\s+\\d))`),
    read: (m, d) =>
      capital(m[1]) ? { period: ym(yearOfMonth(monthNumber(m[1]), d), monthNumber(m[1])), relative: true } : null,
  },
  {
    re: rx(`\\b${YEAR}\\b(?!\\s?%|\\s+(?:percent|people|troops|soldiers|km|tons|tonnes))`),
    read: (m) => span(`${m[1]}`),
  },
];

function relativeDay(month: number, day: number, d: ArticleDate): Reading | null {
  if (month < 1 || day < 1 || day > 31) return null;
  return { period: `${ym(yearOfMonth(month, d), month)}-${pad(day)}`, relative: true };
}
