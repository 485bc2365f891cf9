// Guesses the period a figure belongs to from its sentence: "In 2024", "since 2020", "between 2011 and
// 2020", "as of 2025", "in May 2021", "September 18, 2024". "a few years ago" is flagged as vague and read
// as the interval it can mean. With no cue, the period is the article's year, and the cue says so.

export type PeriodGuess = { period: string; cue: string; vague: boolean; assumed: boolean };

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const YEAR = "((?:19|20)\\d{2})";
const pad = (n: number) => String(n).padStart(2, "0");
const monthNumber = (name: string) => {
  const lower = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
};

type Rule = { re: RegExp; read: (m: RegExpExecArray, year: number) => Omit<PeriodGuess, "cue" | "assumed"> | null };

const exact = (period: string) => ({ period, vague: false });
const WORD_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };

// Most specific first: an interval or a day beats a bare year in the same sentence.
const RULES: Rule[] = [
  {
    re: new RegExp(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until|till)\\s+${YEAR}\\b`, "i"),
    read: (m) => exact(`${m[1]}/${m[2]}`),
  },
  { re: new RegExp(`\\b${YEAR}\\s?[-–]\\s?${YEAR}\\b`), read: (m) => exact(`${m[1]}/${m[2]}`) },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+${YEAR}\\b`, "i"),
    read: (m) => exact(`${m[3]}-${pad(monthNumber(m[1] ?? ""))}-${pad(Number(m[2]))}`),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+${YEAR}\\b`, "i"),
    read: (m) => exact(`${m[3]}-${pad(monthNumber(m[2] ?? ""))}-${pad(Number(m[1]))}`),
  },
  {
    re: new RegExp(`\\b(?:since|from)\\s+${YEAR}\\b`, "i"),
    read: (m, year) => (Number(m[1]) < year ? exact(`${m[1]}/${year}`) : exact(`${m[1]}`)),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?${YEAR}\\b`, "i"),
    read: (m) => exact(`${m[2]}-${pad(monthNumber(m[1] ?? ""))}`),
  },
  {
    re: new RegExp(`\\b(?:in|as of|by|during|for|of|until|at the end of)\\s+${YEAR}\\b`, "i"),
    read: (m) => exact(`${m[1]}`),
  },
  {
    re: /\b(?:in|over|during) the (?:past|last) (\d+|two|three|four|five|six|seven|ten) years\b/i,
    read: (m, year) => exact(`${year - (Number(m[1]) || WORD_COUNT[m[1]?.toLowerCase() ?? ""] || 0)}/${year}`),
  },
  { re: /\blast year\b/i, read: (_m, year) => exact(`${year - 1}`) },
  { re: /\b(?:this year|currently|today|now)\b/i, read: (_m, year) => exact(`${year}`) },
  {
    re: /\b(?:a few|several|some) years ago\b/i,
    read: (_m, year) => ({ period: `${year - 5}/${year - 2}`, vague: true }),
  },
  { re: /\b(?:recently|in recent years)\b/i, read: (_m, year) => ({ period: `${year - 3}/${year}`, vague: true }) },
  {
    re: new RegExp(`\\b(?:in|on|since)\\s+${MONTH}(?!\\s+\\d)`, "i"),
    read: (m, year) => exact(`${year}-${pad(monthNumber(m[1] ?? ""))}`),
  },
  { re: new RegExp(`\\b${YEAR}\\b`), read: (m) => exact(`${m[1]}`) },
];

/** The first rule that matches, tried on the figure's clause before the whole sentence. */
export function guessPeriod(clause: string, sentence: string, year: number): PeriodGuess | null {
  for (const text of [clause, sentence])
    for (const rule of RULES) {
      const m = rule.re.exec(text);
      const read = m ? rule.read(m, year) : null;
      if (m && read) return { ...read, cue: m[0], assumed: false };
    }
  return null;
}

export function defaultPeriod(year: number): PeriodGuess {
  return { period: String(year), cue: "no time cue: the article's year", vague: false, assumed: true };
}
