// The e2e tests compare pages with the database the server reads.
import { createClient } from "@libsql/client";

const client = createClient({ url: process.env.DATABASE_URL ?? "file:.data/dashboard.db" });

export type DbObservation = {
  id: string;
  series_slug: string;
  period: string;
  value: number;
  bound: string;
  /** A derived value's significant figures; null for a value as stated. */
  precision: number | null;
};

export async function observationsOf(seriesSlugs: string[]): Promise<DbObservation[]> {
  const placeholders = seriesSlugs.map(() => "?").join(",");
  const rs = await client.execute({
    sql: `select id, series_slug, period, value, bound, precision from observations where series_slug in (${placeholders})`,
    args: seriesSlugs,
  });
  return rs.rows.map((r) => ({
    id: String(r.id),
    series_slug: String(r.series_slug),
    period: String(r.period),
    value: Number(r.value),
    bound: String(r.bound),
    precision: r.precision === null ? null : Number(r.precision),
  }));
}

export async function allSlugs(): Promise<{ series: string[]; sources: string[] }> {
  const series = await client.execute("select slug from series");
  const sources = await client.execute("select id from sources");
  return { series: series.rows.map((r) => String(r.slug)), sources: sources.rows.map((r) => String(r.id)) };
}
