// Every series slug and source id, for the proxy's check of an address before a page renders (no React
// cache, no server-only marker: the proxy is its own bundle). Two small reads per data version.
import { getDb } from "../client";

export async function fetchKnownIds(): Promise<{ series: string[]; sources: string[] }> {
  const client = getDb().$client;
  const [series, sources] = await Promise.all([
    client.execute("select slug from series"),
    client.execute("select id from sources"),
  ]);
  return { series: series.rows.map((r) => String(r.slug)), sources: sources.rows.map((r) => String(r.id)) };
}
