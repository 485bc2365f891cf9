// Periods as decimal years, the x coordinate of time charts: 2024.0 is the first instant of 2024.

const DAY_MS = 86_400_000;

export function decimalYear(isoDay: string, endOfDay = false): number {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const length = Date.UTC(y + 1, 0, 1) - start;
  const t = Date.UTC(y, m - 1, d) + (endOfDay ? DAY_MS : 0);
  return y + (t - start) / length;
}
