// ISO 8601 periods as the dataset writes them: a year, a month, a day, or an interval "from/to"
// whose ends are any of those. Parsing yields the first and last day covered.

export type Period = { start: string; end: string; isInterval: boolean };

/** span: a figure for the whole period; uncertain: a figure at a moment known only to lie within it. */
export const PERIOD_KINDS = ["span", "uncertain"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

function parsePart(text: string): { start: string; end: string } | null {
  const m = PART.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { start: text, end: text };
}

export function parsePeriod(text: string): Period | null {
  const parts = text.split("/");
  if (parts.length === 1) {
    const p = parsePart(text);
    return p && { ...p, isInterval: false };
  }
  if (parts.length !== 2) return null;
  const from = parsePart(parts[0] ?? "");
  const to = parsePart(parts[1] ?? "");
  if (!from || !to || from.start > to.end) return null;
  return { start: from.start, end: to.end, isInterval: true };
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function labelPart(text: string): string {
  const [y, m, d] = text.split("-");
  if (m === undefined) return text;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  return d === undefined ? `${MONTH.format(date)} ${y}` : DAY.format(date);
}

/** "2011/2020" → "2011–2020", "2024-02" → "Feb 2024". */
export function formatPeriod(text: string): string {
  return text.split("/").map(labelPart).join("–");
}

/** An inferred publication date "2023-02-16/2023-02-28" → "c. Feb 2023", "2024-10/2025-02" → "c. Oct 2024–Feb 2025"; exact ones as days. */
export function formatPublished(published: string, inferred: boolean): string {
  return inferred ? `c. ${inferredSpan(published)}` : formatPeriod(published);
}

/** The months an inferred publication date lies within: "2024-10/2025-02" → "Oct 2024–Feb 2025". */
export function inferredSpan(published: string): string {
  const [from = "", to = from] = published.split("/");
  const a = labelPart(from.slice(0, 7));
  const b = labelPart(to.slice(0, 7));
  if (a === b) return a;
  // Within one year the year is said once: "Jan–Feb 2025".
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${sameYear ? a.split(" ")[0] : a}–${b}`;
}
