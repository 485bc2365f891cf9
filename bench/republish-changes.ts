// The kinds of change a republish meets (bench/republish.ts): each edits the synthetic dataset of
// bench/scale.ts in place, as an editor would, before the next publish.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const q = (s: string) => JSON.stringify(s);

/** The first figure of the first file, corrected by one million dollars in its value and its quote. */
function correctOneFigure(dataDir: string): void {
  const file = join(dataDir, "observations/synthetic-0.yaml");
  const text = readFileSync(file, "utf8");
  const base = ((0 * 7919 + 1975 * 104729) % 9000) + 1000;
  const fixed = text
    .replace(`value: ${base * 1e6}\n`, `value: ${(base + 1) * 1e6}\n`)
    .replace(`$${base} million in 1975`, `$${base + 1} million in 1975`);
  if (fixed === text) throw new Error("the figure to correct was not found");
  writeFileSync(file, fixed);
}

/** One more figure in the sixth file (series s-100 is in percent). */
function addFigure(dataDir: string): void {
  appendFileSync(
    join(dataDir, "observations/synthetic-5.yaml"),
    `- id: s-100/2030\n  series: s-100\n  period: "2030"\n  value: 50\n  bound: approx\n  citations:\n` +
      `    - source: synthetic-5\n      quote: ${q("the figure was about 50 percent in 2030")}\n`,
  );
}

/** A new article: its source, a series file of 20 series and an observations file of 1,000 figures. */
function newArticle(dataDir: string): void {
  appendFileSync(
    join(dataDir, "sources.yaml"),
    `- id: new-article\n  title: "A new article"\n  author: N. Writer\n  publication: Bench\n  publisher: Bench\n` +
      `  published: { date: "2026-11-30" }\n  url: https://example.org/articles/new\n`,
  );
  const slugs = Array.from({ length: 20 }, (_, i) => `n-${i}`);
  const series = slugs.map(
    (s) =>
      `- slug: ${s}\n  title: ${q(`New series ${s}`)}\n  unit: count\n  measure: synthetic\n  kind: indicator\n` +
      `  topic: trade\n  entities:\n    - { entity: C1, role: partner }\n`,
  );
  writeFileSync(join(dataDir, "series/new-article.yaml"), series.join(""));
  const figures = slugs.flatMap((s, i) =>
    Array.from({ length: 50 }, (_, y) => {
      const value = 1000 + i * 50 + y;
      const quote = `the figure reached ${value.toLocaleString("en-US")} in ${1975 + y}`;
      return (
        `- id: ${s}/${1975 + y}\n  series: ${s}\n  period: "${1975 + y}"\n  value: ${value}\n  bound: exact\n` +
        `  citations:\n    - source: new-article\n      quote: ${q(quote)}\n`
      );
    }),
  );
  writeFileSync(join(dataDir, "observations/new-article.yaml"), figures.join(""));
}

/** A series renamed and one added (without figures) in the eighth series file. */
function changeSeriesFile(dataDir: string): void {
  const file = join(dataDir, "series/synthetic-7.yaml");
  const text = readFileSync(file, "utf8").replace('title: "Synthetic series 140"', 'title: "Renamed series 140"');
  writeFileSync(
    file,
    `${text}- slug: s-extra\n  title: "An extra series"\n  unit: count\n  measure: synthetic\n  kind: indicator\n` +
      `  topic: trade\n  entities:\n    - { entity: C2, role: partner }\n`,
  );
}

/** The author of synthetic-0, which a seventh of all figures quote: their search rows change. */
function changeSource(dataDir: string): void {
  const file = join(dataDir, "sources.yaml");
  const text = readFileSync(file, "utf8");
  const fixed = text.replace(
    '- id: synthetic-0\n  title: "Synthetic article 0"\n  author: A. Writer',
    '- id: synthetic-0\n  title: "Synthetic article 0"\n  author: A. Rewriter',
  );
  if (fixed === text) throw new Error("the source to change was not found");
  writeFileSync(file, fixed);
}

/** Country 0 renamed: a fifth of all series name it, and their figures' search rows change. */
function renameEntity(dataDir: string): void {
  const file = join(dataDir, "entities.yaml");
  const text = readFileSync(file, "utf8");
  const fixed = text.replace("- { id: C0, name: Country 0,", "- { id: C0, name: Country Zero,");
  if (fixed === text) throw new Error("the entity to rename was not found");
  writeFileSync(file, fixed);
}

/** An article's observations file removed (its series stay, without figures). */
function removeFile(dataDir: string): void {
  rmSync(join(dataDir, "observations/synthetic-9.yaml"));
}

export const CHANGES: [string, (dataDir: string) => void][] = [
  ["one figure corrected", correctOneFigure],
  ["a figure added to a file", addFigure],
  ["a new article (source, series file, 1,000 figures)", newArticle],
  ["a series file changed (one renamed, one added)", changeSeriesFile],
  ["a source quoted by 1/7 of all figures renamed", changeSource],
  ["an observations file removed (1,000 figures)", removeFile],
  ["an entity that a fifth of all series name renamed", renameEntity],
];
