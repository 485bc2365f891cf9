// Turns validated records into the rows of the database tables.
import type {
  NewCitation,
  NewObservation,
  NewSeries,
  NewSource,
  Entity,
  ObservationInput,
  SeriesEntity,
} from "./schema";
import { formulaInputs } from "@/lib/model/formula";
import { parsePeriod } from "@/lib/model/period";
import type { SourceRecord } from "@/lib/dataset/schema";
import type { Parsed } from "@/lib/dataset/types";

export type DatasetRows = {
  sources: NewSource[];
  entities: Entity[];
  series: NewSeries[];
  seriesEntities: SeriesEntity[];
  observations: NewObservation[];
  observationInputs: ObservationInput[];
  citations: NewCitation[];
};

function sourceRow(s: SourceRecord, ordinal: number): NewSource {
  const p = s.published;
  const inferred = "from" in p;
  return {
    id: s.id,
    title: s.title,
    titleNote: s.titleNote ?? null,
    titleFromUrl: s.titleFromUrl ?? false,
    author: s.author,
    publication: s.publication,
    publisher: s.publisher,
    published: inferred ? `${p.from}/${p.to}` : p.date,
    publishedInferred: inferred,
    publishedNote: inferred ? p.note : null,
    url: s.url,
    listingUrl: s.listingUrl ?? null,
    ordinal,
  };
}

export function toRows(parsed: Parsed): DatasetRows {
  const observations: NewObservation[] = parsed.observations.map(({ record: o }, ordinal) => {
    const period = parsePeriod(o.period);
    if (!period) throw new Error(`unvalidated period ${o.period}`);
    return {
      id: o.id,
      seriesSlug: o.series,
      period: o.period,
      periodStart: period.start,
      periodEnd: period.end,
      periodKind: o.periodKind ?? "span",
      circa: o.circa ?? false,
      value: o.value,
      valueHigh: o.valueHigh ?? null,
      precision: o.derived?.precision ?? null,
      bound: o.bound,
      strict: o.strict ?? false,
      derived: Boolean(o.derived),
      formula: o.derived?.formula ?? null,
      note: o.note ?? null,
      ordinal,
    };
  });
  return {
    sources: parsed.sources.map(({ record }, i) => sourceRow(record, i)),
    entities: parsed.entities.map(({ record: e }) => ({ id: e.id, name: e.name, kind: e.kind, iso: e.iso })),
    series: parsed.series.map(({ record: s }, ordinal) => ({
      slug: s.slug,
      title: s.title,
      unit: s.unit,
      measure: s.measure,
      description: s.description ?? null,
      kind: s.kind,
      topic: s.topic,
      ordinal,
    })),
    seriesEntities: parsed.series.flatMap(({ record: s }) =>
      s.entities.map((e) => ({ seriesSlug: s.slug, entityId: e.entity, role: e.role })),
    ),
    observations,
    observationInputs: parsed.observations.flatMap(({ record: o }) =>
      o.derived ? formulaInputs(o.derived.formula).map((inputId) => ({ observationId: o.id, inputId })) : [],
    ),
    // Ids are numbered here, not by the database, so that loading twice gives the same rows.
    citations: parsed.observations
      .flatMap(({ record: o }) =>
        (o.citations ?? []).map((c, ordinal) => ({
          observationId: o.id,
          sourceId: c.source,
          quote: c.quote,
          context: c.context ?? null,
          ordinal,
        })),
      )
      .map((c, i) => ({ id: i + 1, ...c })),
  };
}
