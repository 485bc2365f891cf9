// Rows → the domain model (lib/model/types.ts). The only place that knows both shapes: a new column
// reaches every reader of the model by one change here.
import type { Citation, Entity, Observation, ObservationInput, Series, Source } from "@/lib/model/types";
import { isTopic, type Topic } from "@/lib/model/taxonomy";
import { isUnit, type Unit } from "@/lib/model/units";
import type * as t from "../schema";

export type SourceRow = typeof t.sources.$inferSelect;
export type EntityRow = typeof t.entities.$inferSelect;
export type SeriesRow = typeof t.series.$inferSelect;
export type ObservationRow = typeof t.observations.$inferSelect;
export type CitationRow = typeof t.citations.$inferSelect;

// Only what the model takes: readers may select no more than these columns.
export type CitationWithSource = Pick<CitationRow, "id" | "quote" | "context"> & { source: SourceRow };
export type InputRow = {
  input: ObservationRow & { series: Pick<SeriesRow, "title">; citations: CitationWithSource[] };
};
export type ObservationWithRelations = ObservationRow & { citations: CitationWithSource[]; inputs: InputRow[] };
type SeriesWithEntities = SeriesRow & { entities: { role: string; entity: EntityRow }[] };

/** The loader only writes known units; a row with another one is a database this code did not load. */
export function toUnit(unit: string, slug: string): Unit {
  if (!isUnit(unit)) throw new Error(`series ${slug}: unknown unit '${unit}' in the database`);
  return unit;
}

export function toTopic(topic: string, slug: string): Topic {
  if (!isTopic(topic)) throw new Error(`series ${slug}: unknown topic '${topic}' in the database`);
  return topic;
}

export function toSource(r: SourceRow): Source {
  return {
    id: r.id,
    title: r.title,
    titleNote: r.titleNote,
    titleFromUrl: r.titleFromUrl,
    author: r.author,
    publication: r.publication,
    publisher: r.publisher,
    published: r.published,
    publishedInferred: r.publishedInferred,
    publishedNote: r.publishedNote,
    url: r.url,
    listingUrl: r.listingUrl,
  };
}

export function toEntity(r: EntityRow): Entity {
  return { id: r.id, name: r.name, kind: r.kind, iso: r.iso };
}

export function toCitation(r: CitationWithSource): Citation {
  return { id: r.id, source: toSource(r.source), quote: r.quote, context: r.context };
}

function toInput({ input }: InputRow): ObservationInput {
  return {
    id: input.id,
    seriesSlug: input.seriesSlug,
    seriesTitle: input.series.title,
    period: input.period,
    citations: input.citations.map(toCitation),
  };
}

export function toObservation(r: ObservationWithRelations): Observation {
  return {
    id: r.id,
    seriesSlug: r.seriesSlug,
    period: r.period,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    periodKind: r.periodKind,
    circa: r.circa,
    value: r.value,
    valueHigh: r.valueHigh,
    precision: r.precision,
    bound: r.bound,
    strict: r.strict,
    derived: r.derived,
    formula: r.formula,
    note: r.note,
    ordinal: r.ordinal,
    citations: r.citations.map(toCitation),
    inputs: r.inputs.map(toInput),
  };
}

export function toSeries(r: SeriesWithEntities): Series {
  return {
    slug: r.slug,
    title: r.title,
    unit: toUnit(r.unit, r.slug),
    measure: r.measure,
    description: r.description,
    kind: r.kind,
    topic: toTopic(r.topic, r.slug),
    entities: r.entities.map((e) => ({ role: e.role, entity: toEntity(e.entity) })),
  };
}
