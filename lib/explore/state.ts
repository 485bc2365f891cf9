// The explorer's whole state lives in its URL (issue 10): which series, which years, and the reporter's own
// title, subtitle and note. Parsing accepts what a plain HTML form sends (repeated `series`, `from`/`to`) as
// well as the canonical form; serialising always writes the canonical, readable form:
//   /explore?series=a~b~c&time=2011..2025&title=…&subtitle=…&note=…
// Pure: the database check (do these series exist?) is the server layer's.

export const MAX_SERIES = 6;
/** Series names read from one URL before existence is checked: a wrong name must not push out a right one. */
export const MAX_NAMED = 24;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const TEXT_LIMITS = { title: 100, subtitle: 160, note: 300 } as const;
export type TextField = keyof typeof TEXT_LIMITS;

/** The parameters the explorer reads; anything else belongs to whoever calls (a file's width, an embed's theme). */
export const STATE_KEYS = ["series", "time", "from", "to", "title", "subtitle", "note"] as const;

export type ExploreState = {
  series: string[];
  /** Whole years, inclusive; null: open on that side. */
  from: number | null;
  to: number | null;
  title: string;
  subtitle: string;
  note: string;
};

export type ParsedState = { state: ExploreState; errors: string[] };

// What the page did about a mistake in a state, written after it; a file, which is not made from a state
// with a mistake, names the mistake alone (mistakeOf). Worded here only, so the two cannot drift apart.
const LEFT_OUT = "; it was left out.";
const LEFT_OUT_AFTER_QUESTION = " It was left out.";
const CUT = ", so it was cut";
const kept = (cap: number) => `; the first ${cap} are kept`;
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const REPAIRED = new RegExp(
  `(?:${[LEFT_OUT, LEFT_OUT_AFTER_QUESTION, CUT].map(literal).join("|")}|${literal(kept(0)).replace("0", "\\d+")})$`,
);

/** A mistake and, worded after it, that what it names was left out of the chart. */
export const leftOut = (mistake: string) => `${mistake}${mistake.endsWith("?") ? LEFT_OUT_AFTER_QUESTION : LEFT_OUT}`;

/** A message of this module without what the page did about it, as one sentence. */
export function mistakeOf(message: string): string {
  const mistake = message.replace(REPAIRED, "");
  return /[.?!]$/.test(mistake) ? mistake : `${mistake}.`;
}

export const EMPTY_STATE: ExploreState = { series: [], from: null, to: null, title: "", subtitle: "", note: "" };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;

/** Plain text on one line: control characters dropped, runs of white space made one space, trimmed. */
export function plainText(raw: string): string {
  return raw
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function parseSeries(values: string[], errors: string[], cap: number): string[] {
  const slugs = values.flatMap((v) => v.split(/[~\s,]+/)).filter((s) => s.length > 0);
  const bad = slugs.filter((s) => s.length > 80 || !SLUG.test(s));
  if (bad.length)
    errors.push(`“${bad[0]?.slice(0, 40)}” is not a series name (series names are like ru-am-trade-turnover)`);
  const unique = [...new Set(slugs.filter((s) => !bad.includes(s)))];
  if (cap <= MAX_SERIES || unique.length <= cap) return capSeries(unique, errors, cap);
  errors.push(`only the first ${cap} series names are looked up`);
  return unique.slice(0, cap);
}

/** The first `cap` series (at most MAX_SERIES: as many as a chart compares), saying so when some are left out. */
export function capSeries(slugs: string[], errors: string[], cap = MAX_SERIES): string[] {
  if (slugs.length <= cap) return slugs;
  errors.push(`at most ${MAX_SERIES} series can be compared${kept(cap)}`);
  return slugs.slice(0, cap);
}

function parseYear(raw: string, name: string, errors: string[]): number | null {
  const t = raw.trim();
  if (t === "") return null;
  if (!YEAR.test(t) || Number(t) < MIN_YEAR || Number(t) > MAX_YEAR) {
    errors.push(`the ${name} year must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
    return null;
  }
  return Number(t);
}

function parseTime(params: URLSearchParams, errors: string[]): Pick<ExploreState, "from" | "to"> {
  const time = params.get("time");
  let from: number | null;
  let to: number | null;
  if (time !== null && time.trim() !== "") {
    const m = /^\s*(\d*)\s*\.\.\s*(\d*)\s*$/.exec(time);
    if (!m) {
      errors.push("the time range must read like 2011..2025, 2011.. or ..2025");
      return { from: null, to: null };
    }
    from = parseYear(m[1] ?? "", "first", errors);
    to = parseYear(m[2] ?? "", "last", errors);
  } else {
    from = parseYear(params.get("from") ?? "", "first", errors);
    to = parseYear(params.get("to") ?? "", "last", errors);
  }
  if (from !== null && to !== null && from > to) {
    errors.push(`the time range ends (${to}) before it starts (${from})`);
    return { from: null, to: null };
  }
  return { from, to };
}

function parseText(params: URLSearchParams, field: TextField, errors: string[]): string {
  const text = plainText(params.get(field) ?? "");
  const limit = TEXT_LIMITS[field];
  // Counted in characters as a reader sees them, not UTF-16 units.
  const chars = [...text];
  if (chars.length <= limit) return text;
  errors.push(`the ${field} is ${chars.length} characters long; at most ${limit}${CUT}`);
  return chars.slice(0, limit).join("");
}

/**
 * The state a URL's query describes, and what was wrong with it (each error already repaired in `state`).
 * `cap`: how many series to keep; the server keeps MAX_NAMED, checks they exist, then caps to MAX_SERIES.
 */
export function parseExploreState(params: URLSearchParams, cap = MAX_SERIES): ParsedState {
  const errors: string[] = [];
  for (const key of STATE_KEYS)
    if (key !== "series" && params.getAll(key).length > 1) errors.push(`“${key}” is given more than once`);
  const series = parseSeries(params.getAll("series"), errors, cap);
  const time = parseTime(params, errors);
  const state: ExploreState = {
    series,
    ...time,
    title: parseText(params, "title", errors),
    subtitle: parseText(params, "subtitle", errors),
    note: parseText(params, "note", errors),
  };
  return { state, errors };
}

/** "2011..2025", "2011..", "..2025", or "" for all years. */
export function timeParam(state: Pick<ExploreState, "from" | "to">): string {
  if (state.from === null && state.to === null) return "";
  return `${state.from ?? ""}..${state.to ?? ""}`;
}

// encodeURIComponent keeps ~ and . readable; a space reads better as + (which every query parser decodes).
const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");

/** The canonical query (no leading "?"), parameters in a fixed order, empty ones left out. */
export function serialiseExploreState(state: ExploreState): string {
  const parts: [string, string][] = [
    ["series", state.series.join("~")],
    ["time", timeParam(state)],
    ["title", state.title],
    ["subtitle", state.subtitle],
    ["note", state.note],
  ];
  return parts
    .filter(([, v]) => v !== "")
    .map(([k, v]) => `${k}=${k === "series" || k === "time" ? v : enc(v)}`)
    .join("&");
}

/** Whether a query is already in canonical form (else the page redirects to it, so every state has one URL). */
export function isCanonical(params: URLSearchParams, state: ExploreState): boolean {
  const own = new URLSearchParams();
  for (const [k, v] of params) if ((STATE_KEYS as readonly string[]).includes(k)) own.append(k, v);
  return own.toString() === new URLSearchParams(serialiseExploreState(state)).toString();
}

export function withSeries(state: ExploreState, slug: string): ExploreState {
  if (state.series.includes(slug) || state.series.length >= MAX_SERIES) return state;
  return { ...state, series: [...state.series, slug] };
}

export function withoutSeries(state: ExploreState, slug: string): ExploreState {
  return { ...state, series: state.series.filter((s) => s !== slug) };
}
