// The scale benchmark's synthetic dataset: YAML files the real loader reads and validates as it would the
// dashboard's own data/, with quotes, citations, notes and derived figures at the same mix at every size.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { TOPICS } from "@/lib/model/taxonomy";

const REAL_DATA = fileURLToPath(new URL("../data", import.meta.url));
export const PER_SERIES = 50; // one observation per series-year, 1975–2024
export const SERIES_PER_FILE = 20; // one observations file (one "article") per 1,000 observations
const UNITS = ["USD", "percent", "count"] as const;
const BOUNDS = [
  ["exact", "reached"],
  ["approx", "was about"],
  ["min", "was more than"],
  ["max", "did not exceed"],
] as const;
const q = (s: string) => JSON.stringify(s); // a JSON string is a valid double-quoted YAML scalar

/** The value, and how a quote writes it, so the loader's quote check accepts it. */
function figure(s: number, year: number): { value: number; text: string } {
  const base = ((s * 7919 + year * 104729) % 9000) + 1000;
  const unit = UNITS[s % 3];
  if (unit === "USD") return { value: base * 1e6, text: `$${base} million` };
  if (unit === "percent") return { value: (base % 900) / 10, text: `${(base % 900) / 10} percent` };
  return { value: base * 7, text: (base * 7).toLocaleString("en-US") };
}

function observationYaml(s: number, year: number, source: string): string {
  const head = `- id: s-${s}/${year}\n  series: s-${s}\n  period: "${year}"\n`;
  if (year === 1974 + PER_SERIES) {
    // The last year is derived from the one before, so formulas, inputs and cycle checks run too.
    const value = figure(s, year - 1).value * (1 + 5 / 100);
    return `${head}  value: ${value}\n  bound: approx\n  derived:\n    formula: "{s-${s}/${year - 1}} * (1 + 5 / 100)"\n    precision: 1\n`;
  }
  const { value, text } = figure(s, year);
  const [bound, phrase] = BOUNDS[year % 4] ?? BOUNDS[0];
  const quote = `the figure ${phrase} ${text} in ${year}`;
  const cite = (src: string) => `    - source: ${src}\n      quote: ${q(quote)}\n`;
  return (
    `${head}  value: ${value}\n  bound: ${bound}\n${bound === "min" ? "  strict: true\n" : ""}` +
    `${year % 25 === 0 ? "  note: A synthetic note.\n" : ""}  citations:\n${cite(source)}` +
    `${year % 10 === 0 ? `      context: ${q(`In its review, ${quote}, the report said.`)}\n` : ""}` +
    `${year % 7 === 0 ? cite("synthetic-0") : ""}`
  );
}

function seriesYaml(s: number): string {
  // Indicators spread over the five topics, so a topic page holds a fifth of the dataset.
  const topic = TOPICS[s % TOPICS.length] ?? "trade";
  return (
    `- slug: s-${s}\n  title: ${q(`Synthetic series ${s}`)}\n  unit: ${UNITS[s % 3]}\n  measure: synthetic\n` +
    `  kind: indicator\n  topic: ${topic}\n` +
    `  description: ${q(`Synthetic series ${s} of the scale benchmark.`)}\n` +
    `  entities:\n    - { entity: C${s % 10}, role: partner }\n    - { entity: C${(s + 1) % 10}, role: partner }\n`
  );
}

/** The real dataset's YAML (data/), written beside the synthetic files so the real pages have their series. */
function withRealData(dir: string): number {
  let bytes = 0;
  const add = (name: string, to = name) => {
    const text = readFileSync(join(REAL_DATA, name), "utf8");
    appendFileSync(join(dir, to), `\n${text}`);
    bytes += text.length;
  };
  add("entities.yaml");
  add("sources.yaml");
  for (const sub of ["series", "observations"])
    for (const f of readdirSync(join(REAL_DATA, sub)).filter((f) => f.endsWith(".yaml")))
      add(join(sub, f), join(sub, `real-${f}`));
  return bytes;
}

/**
 * Writes data/ for n synthetic observations; returns its size in bytes. With `real`, the dashboard's own
 * data/ is added (~100 more figures), so the home, story and topic pages can be read at that size.
 */
export function writeDataset(dir: string, n: number, real = false): number {
  const seriesCount = n / PER_SERIES;
  const files = Math.ceil(seriesCount / SERIES_PER_FILE);
  for (const sub of ["series", "observations"]) mkdirSync(join(dir, sub), { recursive: true });
  const put = (name: string, text: string) => (writeFileSync(join(dir, name), text), text.length);
  let bytes = put(
    "entities.yaml",
    Array.from({ length: 10 }, (_, i) => `- { id: C${i}, name: Country ${i}, kind: country, iso: null }\n`).join(""),
  );
  const sources = Array.from(
    { length: files },
    (_, f) =>
      `- id: synthetic-${f}\n  title: ${q(`Synthetic article ${f}`)}\n  author: A. Writer\n  publication: Bench\n  publisher: Bench\n` +
      `  published: { date: "2024-01-01" }\n  url: https://example.org/articles/${f}\n`,
  );
  bytes += put("sources.yaml", sources.join(""));
  for (let f = 0; f < files; f++) {
    const first = f * SERIES_PER_FILE;
    const group = Array.from({ length: Math.min(SERIES_PER_FILE, seriesCount - first) }, (_, i) => first + i);
    bytes += put(`series/synthetic-${f}.yaml`, group.map(seriesYaml).join(""));
    const years = Array.from({ length: PER_SERIES }, (_, y) => 1975 + y);
    const observations = group.flatMap((s) => years.map((y) => observationYaml(s, y, `synthetic-${f}`)));
    bytes += put(`observations/synthetic-${f}.yaml`, observations.join(""));
  }
  return real ? bytes + withRealData(dir) : bytes;
}
