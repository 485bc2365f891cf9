// LOAD_TIMINGS=1 prints each phase of a load to stderr (seconds and resident memory after it): where a
// (re)publish spends its time (bench/republish.ts). Otherwise a plain call.

function report(name: string, start: number): void {
  const s = (performance.now() - start) / 1000;
  console.error(`phase ${name}: ${s.toFixed(2)} s, rss ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB`);
}

/** Runs `work`, timing it when LOAD_TIMINGS is set; a promise is timed until it settles. */
export function phase<T>(name: string, work: () => T): T {
  if (!process.env.LOAD_TIMINGS) return work();
  const start = performance.now();
  const result = work();
  if (result instanceof Promise) return result.finally(() => report(name, start)) as T;
  report(name, start);
  return result;
}
