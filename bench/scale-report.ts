// The scale benchmark's tables, printed as markdown: one row per size, latencies as p50 / p95 ms.
import type { Result, Stats } from "./scale-stats";

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const lat = (s?: Stats) => (s ? `${fmt(s.p50)} / ${fmt(s.p95)}` : "failed");
const cpuOf = (s?: Stats) => (s?.cpu === undefined ? "" : `, CPU ${fmt(s.cpu)}`);

/** One markdown table; the × columns are ratios to the first size, comparable within this one run. */
export function printTable(results: Result[]): void {
  const first = results[0];
  console.log(
    "| observations | series | YAML MB | validate+load s | µs/obs | peak RSS load MB | DB MB | series query p50/p95 ms | p95 × | " +
      "series chart spec p50/p95 ms | story chart p50/p95 ms | all series p50/p95 ms (runs) | peak RSS queries MB | load avg |",
  );
  console.log(`|${" ---: |".repeat(14)}`);
  for (const r of results) {
    const ratio = first ? fmt(r.seriesQuery.p95 / first.seriesQuery.p95) : "";
    console.log(
      `| ${r.observations.toLocaleString("en-US")} | ${r.series.toLocaleString("en-US")} | ${fmt(r.yamlMb)} | ${fmt(r.loadS, 2)} | ` +
        `${fmt((r.loadS * 1e6) / r.observations, 0)} | ${r.loadRssMb} | ${r.dbMb ? fmt(r.dbMb) : "remote"} | ${lat(r.seriesQuery)} | ${ratio} | ` +
        `${lat(r.seriesChart)} | ${lat(r.story)} | ${lat(r.allSeries)} (${r.allSeries?.runs ?? 0}) | ${r.peakRssMb} | ${fmt(r.loadAvg)} |`,
    );
  }
}

/** The pages' and the API's latencies, one row per size: p50 / p95 ms (runs). */
export function printPagesAndApi(results: Result[]): void {
  const cols = [
    ["home page", (r: Result) => r.pages?.home],
    ["story pages", (r: Result) => r.pages?.stories],
    ["topic pages", (r: Result) => r.pages?.topic],
    ["API /series", (r: Result) => r.api?.series],
    ["API /series/{slug}", (r: Result) => r.api?.seriesDetail],
    ["API /observations", (r: Result) => r.api?.observations],
    ["API /search", (r: Result) => r.api?.search],
  ] as const;
  console.log(`\n| observations | ${cols.map(([name]) => `${name} p50 / p95 ms (runs, CPU ms/run)`).join(" | ")} |`);
  console.log(`|${" ---: |".repeat(cols.length + 1)}`);
  for (const r of results)
    console.log(
      `| ${r.observations.toLocaleString("en-US")} | ${cols.map(([, of]) => `${lat(of(r))} (${of(r)?.runs ?? 0}${cpuOf(of(r))})`).join(" | ")} |`,
    );
  // The API's variants one by one (keys with a space; the four above are the mixes).
  const names = [...new Set(results.flatMap((r) => Object.keys(r.api ?? {}).filter((k) => k.includes(" "))))];
  if (names.length === 0) return;
  console.log(
    `\n| API request | ${results.map((r) => `${r.observations.toLocaleString("en-US")} p50 / p95 ms (runs, CPU ms/run)`).join(" | ")} |`,
  );
  console.log(`| --- |${" ---: |".repeat(results.length)}`);
  for (const name of names)
    console.log(
      `| ${name} | ${results.map((r) => `${lat(r.api?.[name])} (${r.api?.[name]?.runs ?? 0}${cpuOf(r.api?.[name])})`).join(" | ")} |`,
    );
}
