// The scale benchmark's figures: what one size yields, how a query is timed, and how a child process
// hands its figures to the parent (one JSON line each on stdout).
import { loadavg } from "node:os";

// cpu: this process's CPU time per run (mean, ms), which a loaded machine inflates far less than wall time;
// an embedded database's work is in it, a server's is not.
export type Stats = { p50: number; p95: number; runs: number; cpu?: number };
export type Result = {
  observations: number;
  series: number;
  yamlMb: number;
  loadS: number;
  loadRssMb: number;
  dbMb: number;
  seriesQuery: Stats;
  seriesChart: Stats;
  story: Stats;
  allSeries?: Stats;
  allSeriesRows?: number;
  pages?: Record<string, Stats>;
  api?: Record<string, Stats>;
  peakRssMb: number;
  loadAvg: number; // the machine's 1-minute load average when the size finished: 2 cores, so above ~1.5 the figures are noisy
};

/** Runs fn `runs` times (fewer if the time budget runs out, at least 3) after warm-up; p50/p95 in ms. */
export async function time(
  runs: number,
  budgetMs: number,
  fn: (i: number) => Promise<unknown>,
  warmUp = 50,
): Promise<Stats> {
  for (let i = 0; i < warmUp; i++) await fn(i);
  const ms: number[] = [];
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs && (i < 3 || performance.now() - start < budgetMs); i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), runs: ms.length, cpu: (cpu.user + cpu.system) / 1000 / ms.length };
}

export const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
// The child reports as it goes, so a size whose last step runs out of memory still gives the rest.
export const report = (part: Partial<Result>) => {
  console.log(JSON.stringify(part));
  // The machine's load as each part ends, beside its figures: on a shared 2-core machine it explains them.
  console.error(
    `${Object.keys(part).join(", ")}: done at load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
};
