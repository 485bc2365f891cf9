// npm run bench:ingest — treats each of the nine seed articles as new: runs the ingest step on its text
// and compares the candidates with today's dataset (every quoted figure in data/observations).
// Prints markdown for docs/benchmarks.md: recall of value+bound and of period, precision, misses by cause.
// The article is read as the ingest step reads it (its own line breaks, its publication date, not just the
// year); a range is matched as a range; the period is judged as its ISO text, and its kind separately.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readDataFiles } from "@/db/dataset-files";
import type { ObservationRecord, SourceRecord } from "@/lib/dataset/schema";
import { buildCandidates, type Candidate } from "@/lib/ingest/candidates";
import { markdownTable } from "./markdown-table";

const root = fileURLToPath(new URL("..", import.meta.url));
const seeds = `${root}../shared/seeds/`;
type Seed = { file: string; segment?: number };
const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

function seedTexts(): string[] {
  const list = (JSON.parse(readFileSync(`${seeds}sources.json`, "utf8")) as { articles: Seed[] }).articles;
  return list.map(({ file, segment }) => {
    const text = readFileSync(`${seeds}${file}`, "utf8");
    return segment ? (text.split(/^Published in Analytical Articles\s*$/m)[segment - 1] ?? "") : text;
  });
}
const raw = seedTexts();

function dataset() {
  const { files } = readDataFiles(`${root}data`);
  const pick = <T>(kind: string) => files.filter((f) => f.kind === kind).flatMap((f) => f.content as T[]);
  return { sources: pick<SourceRecord>("sources"), observations: pick<ObservationRecord>("observations") };
}

// An inferred date is read from its first possible day, as a reviewer would enter it.
const dateOf = (s: SourceRecord) => ("date" in s.published ? s.published.date : s.published.from);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
const inSentence = (c: Candidate, quote: string) => norm(c.sentence).includes(quote) || quote.includes(norm(c.clause));

type Outcome = "ok" | "no candidate in the sentence" | "wrong value or unit" | "wrong bound";
type Row = {
  source: string;
  id: string;
  quote: string;
  outcome: Outcome;
  period: boolean;
  kind: boolean;
  guess: string;
};

// An observation that merges several articles' claims takes the weakest bound (data/README.md): an article
// that states the value exactly is read right when its candidate is exact.
const boundOk = (c: Candidate, o: ObservationRecord) =>
  c.bound === o.bound || (c.bound === "exact" && (o.citations?.length ?? 0) > 1);
const sameValue = (c: Candidate, o: ObservationRecord) =>
  close(c.value, o.value) &&
  (o.valueHigh === undefined ? c.valueHigh === null : close(c.valueHigh ?? NaN, o.valueHigh));

function judge(cands: Candidate[], o: ObservationRecord, quote: string): Omit<Row, "source" | "id" | "quote"> {
  const here = cands.filter((c) => inSentence(c, quote));
  const valued = here.filter((c) => sameValue(c, o) && !c.notFigure);
  const bounded = valued.filter((c) => boundOk(c, o));
  const outcome: Outcome = !here.length
    ? "no candidate in the sentence"
    : !valued.length
      ? "wrong value or unit"
      : !bounded.length
        ? "wrong bound"
        : "ok";
  const best = bounded[0] ?? valued[0] ?? here[0];
  const kind = o.periodKind ?? "span";
  const guess = best ? `${best.period.period} ${best.period.kind} (${best.period.cue}) vs ${o.period} ${kind}` : "";
  const timed = bounded.filter((c) => c.period.period === o.period);
  return { outcome, period: timed.length > 0, kind: timed.some((c) => c.period.kind === kind), guess };
}

const { sources, observations } = dataset();
const texts = raw.map(norm);
const rows: Row[] = [];
let figures = 0;
let matched = 0;
let repeated = 0;
for (const source of sources) {
  const obs = observations.filter((o) => o.citations?.some((c) => c.source === source.id));
  const quotes = obs.flatMap((o) => o.citations?.filter((c) => c.source === source.id).map((c) => norm(c.quote)) ?? []);
  const text = raw.find((_, i) => quotes.some((q) => texts[i]?.includes(q)));
  if (!text) continue;
  const cands = buildCandidates(text, dateOf(source));
  // A figure stated again later (repeatOf) is one decision for the reviewer: precision counts groups,
  // and a group matches when any of its mentions does.
  const figs = cands.filter((c) => !c.notFigure);
  const hit = (c: Candidate) =>
    obs.some((o) => sameValue(c, o) && o.citations?.some((q) => inSentence(c, norm(q.quote))));
  const groups = figs.filter((c) => !c.repeatOf);
  figures += groups.length;
  repeated += figs.length - groups.length;
  matched += groups.filter((g) => figs.some((c) => (c.id === g.id || c.repeatOf === g.id) && hit(c))).length;
  for (const o of obs) {
    const quote = norm(o.citations?.find((c) => c.source === source.id)?.quote ?? "");
    rows.push({ source: source.id, id: o.id, quote, ...judge(cands, o, quote) });
  }
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
const ok = rows.filter((r) => r.outcome === "ok");
console.log(`${rows.length} quoted figures in ${new Set(rows.map((r) => r.source)).size} articles\n`);
console.log(
  markdownTable(
    ["measure", "result"],
    [
      ["candidates with the right value and bound (recall)", pct(ok.length, rows.length)],
      ["… and the right period", pct(ok.filter((r) => r.period).length, rows.length)],
      ["… and the right period and period kind (span or uncertain)", pct(ok.filter((r) => r.kind).length, rows.length)],
      ["candidates marked as figures (a figure stated again counts once)", String(figures)],
      ["… later mentions grouped with the first", String(repeated)],
      ["of which match a figure in the dataset (precision)", pct(matched, figures)],
    ],
  ),
);
const misses = rows.filter((r) => r.outcome !== "ok" || !r.period);
console.log(`\nMisses:\n`);
console.log(
  markdownTable(
    ["cause", "figure", "proposed vs dataset", "quote"],
    misses.map((r) => [r.outcome === "ok" ? "wrong period" : r.outcome, r.id, r.guess, `"${r.quote.slice(0, 70)}"`]),
  ),
);
const kinds = rows.filter((r) => r.outcome === "ok" && r.period && !r.kind);
console.log(`\nRight period, wrong kind (span or uncertain):\n`);
console.log(
  markdownTable(
    ["figure", "proposed vs dataset", "quote"],
    kinds.map((r) => [r.id, r.guess, `"${r.quote.slice(0, 70)}"`]),
  ),
);
