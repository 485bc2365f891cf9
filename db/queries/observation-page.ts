import "server-only";
// One page of the API's figures (`/api/v1/observations`), in id order, filtered. Every page's cost is
// bounded: a filter that no index narrows (a period, a bound, an entity in thousands of series) is checked
// on at most SCAN_WINDOW figures after the cursor, so a rare or empty combination answers a short page
// and a `next` to go on from, instead of walking all 10^6 figures (200 ms) to find out.
import type { InValue } from "@libsql/client";
import { SCAN_WINDOW } from "@/lib/api/endpoints";
import type { BoundKind } from "@/lib/model/units";
import type { Observation } from "@/lib/model/types";
import { observations } from "../schema";
import { toObservation, toUnit } from "./mappers";
import { folded, plainShape, selectAllFolded, tableShape } from "./json-rows";
import { entityCondition } from "./series-entities";
import { attachDetails, detailStatements } from "./observation-details";
import type { Paged } from "./api-lists";

export type ObservationFilter = {
  series?: string[];
  entity?: string;
  from?: string;
  to?: string;
  bound?: BoundKind;
  source?: string;
};

export type ObservationWithUnit = { observation: Observation; unit: ReturnType<typeof toUnit> };

/** An id a request names, which must exist (else a 422 rather than an empty page). */
export type NamedId = { kind: "entity" | "source" | "series"; id: string };

type Condition = { sql: string; arg: InValue; narrows: boolean };

/**
 * The entity filter: walking the id order against reading the entity's figures through the series index,
 * at 50 figures a series for a page of 100 (a list of a common entity's 4,000 series, built first, cost
 * ten times the walk).
 */
async function entityFilter(entityId: string): Promise<Condition> {
  const { sql, arg, walks } = await entityCondition(entityId, "o.series_slug", 2);
  return { sql, arg, narrows: !walks };
}

/** The filter's conditions; `narrows` when an index reads only the figures that can match. */
async function conditions(f: ObservationFilter): Promise<Condition[]> {
  const list: (Condition | null)[] = [
    f.series
      ? { sql: "o.series_slug in (select value from json_each(?))", arg: JSON.stringify(f.series), narrows: true }
      : null,
    f.entity ? await entityFilter(f.entity) : null,
    f.from ? { sql: "o.period_end >= ?", arg: f.from, narrows: false } : null,
    f.to ? { sql: "o.period_start <= ?", arg: f.to, narrows: false } : null,
    f.bound ? { sql: "o.bound = ?", arg: f.bound, narrows: false } : null,
    // A source's figures are read through the citations' source index: as many as it gives, no more.
    f.source
      ? { sql: "o.id in (select observation_id from citations where source_id = ?)", arg: f.source, narrows: true }
      : null,
  ];
  return list.filter((c): c is Condition => c !== null);
}

const observationShape = tableShape(observations, "o");
const unitShape = plainShape("u", { unit: "se.unit" });
const idShape = plainShape("w", { id: "id" });
// No window end, in the batch's place of the statement that reads it.
const NO_END = folded([plainShape("w", { id: "null" })], "where 0", []);

const namedShape = plainShape("n", { kind: "json_extract(n.value, '$[0]')", id: "json_extract(n.value, '$[1]')" });
// The named ids that are not in their table, in the order named (each a primary-key seek).
const MISSING = `from json_each(?) n where not exists (
  select 1 from series where slug = json_extract(n.value, '$[1]') and json_extract(n.value, '$[0]') = 'series'
  union all select 1 from entities where id = json_extract(n.value, '$[1]') and json_extract(n.value, '$[0]') = 'entity'
  union all select 1 from sources where id = json_extract(n.value, '$[1]') and json_extract(n.value, '$[0]') = 'source')
  order by n.key`;

/** The id ending the window of `window` figures after `after`; none when fewer figures remain. */
const windowEndSql = (window: number) =>
  `select id from observations where id > ? order by id limit 1 offset ${window - 1}`;

/**
 * The page's statement and, when its filter is checked on a window of figures, the statement giving the
 * window's last id (then `next` goes on from there if the window ends the page). The window is a range
 * of the id index, so a filter that matches often stops at `limit` long before the window's end.
 */
function pageStatements(cs: Condition[], after: string | null, limit: number, window: number) {
  // With no filter every figure matches: the page fills at once, no window needed.
  const windowed = cs.length > 0 && !cs.some((c) => c.narrows);
  const from = after ?? "";
  const all: Condition[] = [
    ...cs,
    ...(after || windowed ? [{ sql: "o.id > ?", arg: from, narrows: false }] : []),
    ...(windowed
      ? [
          {
            sql: `o.id <= coalesce((${windowEndSql(window)}), (select max(id) from observations))`,
            arg: from,
            narrows: false,
          },
        ]
      : []),
  ];
  const where = all.length ? `where ${all.map((c) => c.sql).join(" and ")}` : "";
  // The page's ids, chosen once for the page's rows and their details (json-rows.ts's Chosen).
  const chosen = {
    sql: `select o.id from observations o ${where} order by o.id limit ?`,
    args: [...all.map((c) => c.arg), limit + 1],
  };
  const page = folded(
    [observationShape, unitShape],
    "from observations o join series se on se.slug = o.series_slug where o.id in (select id from chosen) order by o.id",
    [],
  );
  const windowEnd = windowed ? folded([idShape], `from (${windowEndSql(window)})`, [from]) : null;
  return { chosen, page, windowEnd };
}

/**
 * One page of figures, or the first of `named` that does not exist (then no items). The check goes in
 * the page's batch: one round trip to a server instead of one per named id. A page may hold fewer than
 * `limit` figures, or none, and still have a `next`: the window it looked at ended first.
 */
export async function listObservations(
  f: ObservationFilter,
  after: string | null,
  limit: number,
  named: readonly NamedId[] = [],
  window = SCAN_WINDOW,
): Promise<Paged<ObservationWithUnit, string> & { missing: NamedId | null }> {
  const { chosen, page, windowEnd } = pageStatements(await conditions(f), after, limit, window);
  const checks = folded([namedShape], MISSING, [JSON.stringify(named.map((n) => [n.kind, n.id]))]);
  // The details of all the ids chosen, the one past the page's end too: one read, one round trip.
  const details = detailStatements({ select: "select id from chosen", args: [] });
  const [rows, end, missing, ...read] = await selectAllFolded([page, windowEnd ?? NO_END, checks, ...details], chosen);
  const first = missing[0]?.[0];
  if (first) return { items: [], next: null, missing: { kind: first.kind as NamedId["kind"], id: String(first.id) } };
  const items = rows.slice(0, limit);
  const next = rows.length > limit ? (items.at(-1)?.[0].id ?? null) : end[0] ? String(end[0][0].id) : null;
  const detailed = attachDetails(
    items.map(([o]) => o),
    read,
  );
  return {
    items: detailed.map((o, i) => ({
      observation: toObservation(o),
      unit: toUnit(String(items[i]?.[1].unit), o.seriesSlug),
    })),
    next,
    missing: null,
  };
}
