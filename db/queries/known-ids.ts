// Every series slug and source id, and how many series each topic has, for the proxy's check of an address
// before a page renders (no React cache, no server-only marker: the proxy is its own bundle). Three small
// reads per data version (the topic counts come from the series_topic_kind index alone).
import { getDb } from "../client";

export type KnownIds = { series: string[]; sources: string[]; topicSizes: Map<string, number> };

export async function fetchKnownIds(): Promise<KnownIds> {
  const client = getDb().$client;
  const [series, sources, topics] = await Promise.all([
    client.execute("select slug from series"),
    client.execute("select id from sources"),
    client.execute("select topic, count(*) as n from series group by topic"),
  ]);
  return {
    series: series.rows.map((r) => String(r.slug)),
    sources: sources.rows.map((r) => String(r.id)),
    topicSizes: new Map(topics.rows.map((r) => [String(r.topic), Number(r.n)])),
  };
}
