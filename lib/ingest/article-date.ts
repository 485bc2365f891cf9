// The article's publication date as far as it is known: a year, a month or a day. Relative time cues
// ("last year", "since 2020", "on January 23", "following the escalation in September 2022") are read
// against it, and the figure is then marked as resting on that date (circa, when the date is inferred).
import { CAPITALISED_MONTH, monthNumber } from "./months";

export type ArticleDate = { year: number; month: number | null; day: number | null };

const pad = (n: number) => String(n).padStart(2, "0");

/** "2023-02-16", "2023-02", "2023" or a year number; an interval "2023-02/2023-04" reads from its start. */
export function articleDate(published: string | number): ArticleDate {
  if (typeof published === "number") return { year: published, month: null, day: null };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published.trim());
  if (!m) throw new Error(`not a date: ${published}`);
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** The article's date at month precision when known ("2023-02"), else its year. */
export function nowMonth(date: ArticleDate): string {
  return date.month ? `${date.year}-${pad(date.month)}` : String(date.year);
}

/** The year of a month named without one ("on January 23"): the article's, or the one before when that
 *  month is still ahead of the article's date ("in November", written in February). */
export function yearOfMonth(month: number, date: ArticleDate): number {
  return date.month !== null && month > date.month ? date.year - 1 : date.year;
}

export { pad };

const MONTH_WORD = `(${CAPITALISED_MONTH})`;
// "TBILISI, 14 November 2024 —", "BAKU, Nov. 14, 2024 (Reuters) -", "Published on 3 March 2024"
const DATELINE = new RegExp(
  `(?:^|\\n)[ \\t]*(?:[A-Z][A-Za-z .'-]{1,40},[ \\t]+|(?:Published|Posted|Updated)(?:[ \\t]+on)?:?[ \\t]+)` +
    `(?:(\\d{1,2})[ \\t]+${MONTH_WORD}|${MONTH_WORD}[ \\t]+(\\d{1,2}),?)[ \\t]+((?:19|20)\\d{2})\\b`,
);

/** The date of a dateline or "Published on …" line near the top of a plain-text article ("2024-11-14"),
 *  for an article whose page gave none; null when there is none. */
export function datelineDate(text: string): string | null {
  const m = DATELINE.exec(text.slice(0, 600));
  if (!m) return null;
  const month = monthNumber(m[2] ?? m[3]);
  const day = Number(m[1] ?? m[4]);
  return month && day >= 1 && day <= 31 ? `${m[5]}-${pad(month)}-${pad(day)}` : null;
}
