// The corrections record, written inside the load's transaction: the loaded figures are copied aside
// before the old rows are deleted, compared with the new ones after they are inserted, and the publish
// with its added / changed / removed figures is recorded. All in SQL, so at 10^6 figures nothing but the
// database holds them. A figure is compared by value, range, precision, bound, strictness, series, period
// and first quote. The scratch tables (migration 0003) are emptied again before the transaction commits.
import type { InValue } from "@libsql/client";

type Statement = { sql: string; args: InValue[] };
/** Which figures a publish compares: all of them, or (a republish of some files) those of these rows. */
export type Scope = { where: string; args: InValue[] };

const OLD = "publish_old_figures";
const NEW = "publish_new_figures";
const COLUMNS = "id, series_slug, period, value, value_high, precision, bound, strict, quote";
const FIGURE = ["value", "value_high", "precision", "bound", "strict", "quote"] as const;

const snapshot = (table: string, scope?: Scope): Statement => ({
  sql: `insert into ${table} (${COLUMNS})
        select o.id, o.series_slug, o.period, o.value, o.value_high, o.precision, o.bound, o.strict,
          (select c.quote from citations c where c.observation_id = o.id order by c.ordinal limit 1)
        from observations o ${scope ? `where ${scope.where}` : ""}`,
  args: scope?.args ?? [],
});

const clear: Statement[] = [
  { sql: `delete from ${OLD}`, args: [] },
  { sql: `delete from ${NEW}`, args: [] },
];

/** Before the old rows are deleted: keeps a copy of the loaded figures for the comparison. */
export function snapshotStatements(scope?: Scope): Statement[] {
  return [...clear, snapshot(OLD, scope)];
}

const cols = (alias: string) => FIGURE.map((c) => `${alias}.${c}`).join(", ");
const nulls = FIGURE.map(() => "null").join(", ");
const differs = [...FIGURE, "period", "series_slug"].map((c) => `o.${c} is not n.${c}`).join(" or ");

const DIFF = `
  select n.id, n.series_slug, n.period, 'added' as kind, ${nulls}, ${cols("n")}
    from ${NEW} n where not exists (select 1 from ${OLD} o where o.id = n.id)
  union all
  select o.id, o.series_slug, o.period, 'removed', ${cols("o")}, ${nulls}
    from ${OLD} o where not exists (select 1 from ${NEW} n where n.id = o.id)
  union all
  select n.id, n.series_slug, n.period, 'changed', ${cols("o")}, ${cols("n")}
    from ${NEW} n join ${OLD} o on o.id = n.id
   where ${differs}`;

// The publish this load just recorded, if it recorded one (a reload of the loaded version does not).
const THIS_PUBLISH = `(select id from publishes where id = (select max(id) from publishes) and version = ? and published_at = ?)`;

const CHANGE_COLUMNS = `publish_id, observation_id, series_slug, period, kind,
  ${FIGURE.map((c) => `old_${c}`).join(", ")}, ${FIGURE.map((c) => `new_${c}`).join(", ")}`;

/**
 * After the new rows are inserted and before the data version is updated: records the publish unless it
 * reloads the version already loaded without changing a figure. The first load into an empty database is
 * recorded as "initial": its figures are counted, not listed. With a scope (only some files changed: the
 * figures of all others are the loaded ones), only the scope's figures are compared.
 */
export function recordStatements(version: string, publishedAt: string, scope?: Scope): Statement[] {
  const initial = scope ? "0" : `not exists (select 1 from ${OLD})`;
  const count = (kind: string) =>
    `(select count(*) from figure_changes f where f.publish_id = publishes.id and f.kind = '${kind}')`;
  return [
    snapshot(NEW, scope),
    {
      sql: `insert into publishes (version, published_at, initial, added, changed, removed)
            select ?, ?, ${initial}, 0, 0, 0
            where exists (${DIFF}) or ? is not (select value from meta where key = 'data_version')`,
      args: [version, publishedAt, version],
    },
    {
      sql: `insert into figure_changes (${CHANGE_COLUMNS})
            select ${THIS_PUBLISH}, d.* from (${DIFF}) d
            where not (${initial}) and ${THIS_PUBLISH} is not null`,
      args: [version, publishedAt, version, publishedAt],
    },
    {
      sql: `update publishes set
              added = case when initial then (select count(*) from ${NEW}) else ${count("added")} end,
              changed = ${count("changed")}, removed = ${count("removed")}
            where id = ${THIS_PUBLISH}`,
      args: [version, publishedAt],
    },
    ...clear,
  ];
}
