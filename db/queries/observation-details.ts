import "server-only";
// What every reader of figures attaches to a page of observation rows: their citations with sources, and
// the inputs of derived figures with those inputs' series titles and citations. Flat statements over the
// ids of that page only (a JSON array bound as one argument, so a page of any size is one statement),
// each answered as one folded row (json-rows.ts): the relational builder's nested subqueries, and the
// client's cost per row, were most of a request's time at 10^6 figures.
import type { InValue } from "@libsql/client";
import { extend } from "@/lib/util/extend";
import { groupBy } from "@/lib/util/group-by";
import { observations, sources } from "../schema";
import { folded, plainShape, selectAllFolded, tableShape } from "./json-rows";
import type { CitationWithSource, InputRow, ObservationRow, ObservationWithRelations } from "./mappers";

/**
 * The figures whose details are read: a select of their ids and its arguments. A page's ids travel as a
 * JSON array; a reader that selects figures by a cheap condition (a series' figures) can give that
 * condition instead, so the details go in the same batch as the figures (one round trip to a server).
 */
export type FigureIds = { select: string; args: InValue[] };

/** A page of figures given by their ids. */
export const idsOf = (ids: readonly string[]): FigureIds => ({
  select: "select value from json_each(?)",
  args: [JSON.stringify(ids)],
});

const citation = plainShape("c", {
  id: "c.id",
  of: "c.observation_id",
  sourceId: "c.source_id",
  quote: "c.quote",
  context: "c.context",
});
const source = tableShape(sources, "s");
const input = tableShape(observations, "o");
const inputOf = plainShape("i", { of: "i.observation_id", title: "se.title" });

/**
 * The statements reading the figures' citations, their sources and their inputs. An input's id is found
 * inside each statement, not by a first query, so the statements do not wait for each other.
 */
export function detailStatements(ids: FigureIds) {
  const inIds = `(${ids.select})`;
  const idsAndInputs = `(${ids.select} union all select input_id from observation_inputs where observation_id in ${inIds})`;
  const twice = [...ids.args, ...ids.args];
  return [
    folded(
      [citation],
      `from citations c where c.observation_id in ${idsAndInputs} order by c.observation_id, c.ordinal`,
      twice,
    ),
    // Each source once, however many of the page's figures cite it.
    folded(
      [source],
      `from sources s where s.id in (select source_id from citations where observation_id in ${idsAndInputs})`,
      twice,
    ),
    // Input order as the relational read gave it: the primary key's (observation, input) order.
    folded(
      [input, inputOf],
      `from observation_inputs i join observations o on o.id = i.input_id
  join series se on se.slug = o.series_slug where i.observation_id in ${inIds} order by i.observation_id, i.input_id`,
      ids.args,
    ),
  ] as const;
}

type Details = Awaited<ReturnType<typeof selectAllFolded<ReturnType<typeof detailStatements>>>>;

/** The rows with their citations and inputs, in the order given. */
export async function withDetails<R extends ObservationRow>(
  rows: readonly R[],
): Promise<(R & ObservationWithRelations)[]> {
  if (rows.length === 0) return [];
  return attachDetails(rows, await selectAllFolded(detailStatements(idsOf(rows.map((r) => r.id)))));
}

/** The rows with the citations and inputs `detailStatements` read for them (and maybe for others). */
export function attachDetails<R extends ObservationRow>(
  rows: readonly R[],
  [citationRows, sourceRows, inputRows]: Details,
): (R & ObservationWithRelations)[] {
  const sourceById = new Map(sourceRows.map(([s]) => [s.id, s]));
  const cited = groupBy(
    citationRows.flatMap(([c]) => {
      const s = sourceById.get(String(c.sourceId));
      // A citation's source exists (a foreign key): none means the rows changed between the statements.
      if (!s) return [];
      const quote = String(c.quote);
      const context = c.context === null ? null : String(c.context);
      return [{ of: String(c.of), citation: { id: Number(c.id), quote, context, source: s } }];
    }),
    (c) => c.of,
  );
  const citationsFor = (id: string): CitationWithSource[] => (cited.get(id) ?? []).map((c) => c.citation);
  const inputs = groupBy(
    inputRows.map(([o, i]) => {
      const row: InputRow = { input: extend(o, { series: { title: String(i.title) }, citations: citationsFor(o.id) }) };
      return { of: String(i.of), row };
    }),
    (i) => i.of,
  );
  return rows.map((r) =>
    extend(r, { citations: citationsFor(r.id), inputs: (inputs.get(r.id) ?? []).map((i) => i.row) }),
  );
}
