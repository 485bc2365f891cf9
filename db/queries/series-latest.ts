import "server-only";
// What the home and topic pages show of each series: the series, its entities, how many figures it has and
// its latest figure (with that figure's citations and inputs), and nothing else. Reading every observation
// to keep one per series cost 20 s and 3.2 GB at 10^6 figures, and a libSQL server refused the answer.
import type { InValue } from "@libsql/client";
import { SERIES_KINDS, type SeriesKind, type Topic } from "@/lib/model/taxonomy";
import type { Observation, Series } from "@/lib/model/types";
import { getDb } from "../client";
import { observations } from "../schema";
import { folded, plainShape, selectAllFolded, tableShape } from "./json-rows";
import { toObservation } from "./mappers";
import { withDetails } from "./observation-details";
import { entityRows, seriesShape, withEntities } from "./series-entities";

export type SeriesLatest = { series: Series; latest: Observation | undefined; count: number };
/** A run of one kind's series in dataset order: `limit` of them (-1: all) from `offset`. */
export type KindRun = { kind: SeriesKind; offset: number; limit: number };

/** Series per round of queries: a libSQL server refuses answers over its --max-response-size. */
const CHUNK = 1000;

const latestShape = tableShape(observations, "o");
const countShape = plainShape("n", {
  slug: "j.value",
  n: "(select count(*) from observations c where c.series_slug = j.value)",
});

// A topic's series in the order its pages list them: indicators, then facts, then context, each in dataset
// order (lib/registry/series-index.ts byTopic), as a run of each kind, each one range of series_topic_kind.
// Every series in dataset order when no topic is given.
const RUN = (rank: number) =>
  `select ${rank} as kind_rank, * from (select * from series where topic = ? and kind = ? order by ordinal limit ? offset ?)`;
function chosen(topic?: Topic, parts?: readonly KindRun[]): { from: string; order: string; args: InValue[] } {
  if (!topic) return { from: "series s", order: "order by s.ordinal", args: [] };
  const runs = parts ?? SERIES_KINDS.map((kind) => ({ kind, offset: 0, limit: -1 }));
  if (runs.length === 0) return { from: "series s where 0", order: "", args: [] };
  return {
    from: `(${runs.map((_, i) => RUN(i)).join(" union all ")}) s`,
    order: "order by s.kind_rank, s.ordinal",
    args: runs.flatMap((r) => [topic, r.kind, r.limit, r.offset]),
  };
}
const SLUGS = "json_each(?) j";

/**
 * Each series' latest figure: latest by the end of its period, the later ordinal on a tie, as
 * lib/registry/series-index.ts orders them. One seek per series in observations_series_latest (period end,
 * ordinal); ordinals are unique, so no later term can matter.
 */
const LATEST = `from ${SLUGS} join observations o on o.id = (select l.id from observations l
  where l.series_slug = j.value order by l.period_end desc, l.ordinal desc limit 1) order by j.key`;
// An index-only count of each series' entries in the series index.
const COUNTS = `from ${SLUGS}`;

async function latestOf(slugs: string[]) {
  const args = [JSON.stringify(slugs)];
  const [latestRows, counts] = await selectAllFolded([
    folded([latestShape], LATEST, args),
    folded([countShape], COUNTS, args),
  ]);
  const latest = await withDetails(latestRows.map(([o]) => o));
  return { latest, counts: counts.map(([c]) => [String(c.slug), Number(c.n)] as const) };
}

/**
 * Every series with its latest figure and its count of figures, in dataset order; or one topic's, in its
 * pages' order, only the runs of each kind in `parts` when given (a page reads what it shows). Uncached.
 */
export async function fetchSeriesLatest(topic?: Topic, parts?: readonly KindRun[]): Promise<SeriesLatest[]> {
  const { from, order, args } = chosen(topic, parts);
  const [rows, entityRead] = await selectAllFolded([
    folded([seriesShape], `from ${from} ${order}`, args),
    entityRows(`where se.series_slug in (select s.slug from ${from})`, args),
  ]);
  const slugs = rows.map(([r]) => r.slug);
  const latest = new Map<string, Observation>();
  const counts = new Map<string, number>();
  for (let i = 0; i < slugs.length; i += CHUNK) {
    const part = await latestOf(slugs.slice(i, i + CHUNK));
    for (const o of part.latest) latest.set(o.seriesSlug, toObservation(o));
    for (const [slug, n] of part.counts) counts.set(slug, n);
  }
  return withEntities(
    rows.map(([r]) => r),
    entityRead,
  ).map((s) => ({ series: s, latest: latest.get(s.slug), count: counts.get(s.slug) ?? 0 }));
}

/** How many series of each kind each topic has (index-only; topics without any are left out). */
export async function fetchTopicCounts(): Promise<Map<string, Partial<Record<SeriesKind, number>>>> {
  const { rows } = await getDb().$client.execute("select topic, kind, count(*) as n from series group by topic, kind");
  const counts = new Map<string, Partial<Record<SeriesKind, number>>>();
  for (const r of rows) counts.set(String(r.topic), { ...counts.get(String(r.topic)), [String(r.kind)]: Number(r.n) });
  return counts;
}
