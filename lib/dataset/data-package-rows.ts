// Model objects → the rows of the Data Package's tables. Values and periods in words come from the one
// observation view, so the download says a figure exactly as the site does.
import { textFragmentUrl } from "@/lib/chart/footnotes";
import { viewObservation } from "@/lib/model/observation-view";
import { statedValue } from "@/lib/model/precision";
import type { Entity, SeriesWithObservations, Source } from "@/lib/model/types";
import type { Cell, ResourceName } from "./data-package";

type Rows = Record<string, Cell>[];

function sourceRows(sources: readonly Source[]): Rows {
  return sources.map((s) => ({
    id: s.id,
    title: s.title,
    author: s.author,
    publication: s.publication,
    publisher: s.publisher,
    published: s.published,
    published_inferred: s.publishedInferred,
    url: s.url,
  }));
}

function entityRows(series: readonly SeriesWithObservations[]): Rows {
  const byId = new Map<string, Entity>();
  for (const s of series) for (const { entity } of s.entities) byId.set(entity.id, entity);
  return [...byId.values()].map((e) => ({ id: e.id, name: e.name, kind: e.kind }));
}

function seriesRows(series: readonly SeriesWithObservations[]): Rows {
  return series.map((s) => ({
    slug: s.slug,
    title: s.title,
    unit: s.unit,
    measure: s.measure,
    kind: s.kind,
    topic: s.topic,
    description: s.description,
  }));
}

function observationRows(series: readonly SeriesWithObservations[]): Rows {
  return series.flatMap((s) =>
    s.observations.map((o) => {
      const view = viewObservation(o, s.unit);
      return {
        id: o.id,
        series: s.slug,
        period: o.period,
        period_start: o.periodStart,
        period_end: o.periodEnd,
        period_kind: o.periodKind,
        circa: o.circa,
        period_text: view.period,
        value: statedValue(o.value, o.precision),
        value_high: o.valueHigh === null ? null : statedValue(o.valueHigh, o.precision),
        precision: o.precision,
        unit: s.unit,
        bound: o.bound,
        strict: o.strict,
        value_text: view.value,
        derived: o.derived,
        formula: o.formula,
        note: o.note,
      };
    }),
  );
}

function citationRows(series: readonly SeriesWithObservations[]): Rows {
  return series.flatMap((s) =>
    s.observations.flatMap((o) =>
      o.citations.map((c) => ({
        id: c.id,
        observation: o.id,
        source: c.source.id,
        quote: c.quote,
        context: c.context,
        link: c.source.url ? textFragmentUrl(c.source.url, c.context ?? c.quote) : null,
      })),
    ),
  );
}

export type PackageData = { sources: readonly Source[]; series: readonly SeriesWithObservations[] };

/** Every table of the package, keyed by resource name. */
export function dataPackageRows(data: PackageData): Record<ResourceName, Rows> {
  const { series } = data;
  return {
    sources: sourceRows(data.sources),
    entities: entityRows(series),
    series: seriesRows(series),
    series_entities: series.flatMap((s) =>
      s.entities.map(({ entity, role }) => ({ series: s.slug, entity: entity.id, role })),
    ),
    observations: observationRows(series),
    observation_inputs: series.flatMap((s) =>
      s.observations.flatMap((o) => o.inputs.map((i) => ({ observation: o.id, input: i.id }))),
    ),
    citations: citationRows(series),
  };
}
