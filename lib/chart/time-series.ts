// Spec rules of time charts: which points a line joins, and the years it skips, said in words.
import type { ChartPoint } from "./types";

const YEAR = /^\d{4}$/;

/** "No figure for 2023": years missing inside an annual series, said in words as well as by the gap. */
export function gapNote(series: { title: string; points: ChartPoint[] }[]): string | null {
  const missing = series.flatMap((s) => {
    const years = s.points.filter((p) => YEAR.test(p.period)).map((p) => Number(p.period));
    if (years.length < 2) return [];
    const gaps: number[] = [];
    for (let y = Math.min(...years) + 1; y < Math.max(...years); y++) if (!years.includes(y)) gaps.push(y);
    return gaps.length ? [`${s.title}: ${gaps.join(", ")}`] : [];
  });
  return missing.length
    ? `No figure in the articles for ${missing.join("; ")}. The line is not drawn across a missing year.`
    : null;
}

function joins(prev: ChartPoint | undefined, p: ChartPoint): boolean {
  return (
    prev !== undefined &&
    !p.isInterval &&
    !prev.isInterval &&
    p.periodKind === "span" &&
    prev.periodKind === "span" &&
    Math.abs(p.start - prev.end) < 1e-6 &&
    Math.abs(p.end - p.start - (prev.end - prev.start)) < 0.1
  );
}

/** Adjacent single periods of the same length are joined; a missing period or an interval breaks the line. */
export function segmentsOf(points: ChartPoint[]): string[][] {
  const runs: string[][] = [];
  let run: ChartPoint[] = [];
  for (const p of points) {
    if (!joins(run[run.length - 1], p)) {
      if (run.length > 1) runs.push(run.map((r) => r.id));
      run = [];
    }
    run.push(p);
  }
  if (run.length > 1) runs.push(run.map((r) => r.id));
  return runs;
}
