// Model objects → the API's JSON, one function per shape. A new model field reaches the API (JSON, CSV and
// the OpenAPI document) by one line here and one in schemas.ts.
import { textFragmentUrl } from "@/lib/chart/footnotes";
import { periodText, valueText } from "@/lib/model/observation-view";
import { statedValue } from "@/lib/model/precision";
import type { Citation, Entity, Observation, Series, Source } from "@/lib/model/types";
import type { Unit } from "@/lib/model/units";
import type { CitationJson, EntityJson, ObservationJson, SeriesJson, SourceJson } from "./schemas";
import { extend } from "@/lib/util/extend";

export function toSourceJson(s: Source): SourceJson {
  return {
    id: s.id,
    title: s.title,
    author: s.author,
    publication: s.publication,
    publisher: s.publisher,
    published: s.published,
    publishedInferred: s.publishedInferred,
    url: s.url,
    listingUrl: s.listingUrl,
  };
}

export function toCitationJson(c: Citation): CitationJson {
  return {
    id: c.id,
    source: toSourceJson(c.source),
    quote: c.quote,
    context: c.context,
    link: c.source.url ? textFragmentUrl(c.source.url, c.context ?? c.quote) : null,
  };
}

/** The figure with its words as the observation view writes them (`periodText`, `valueText`). */
export function toObservationJson(o: Observation, unit: Unit): ObservationJson {
  return {
    id: o.id,
    series: o.seriesSlug,
    period: o.period,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    periodKind: o.periodKind,
    circa: o.circa,
    periodText: periodText(o),
    value: statedValue(o.value, o.precision),
    valueHigh: o.valueHigh === null ? null : statedValue(o.valueHigh, o.precision),
    precision: o.precision,
    unit,
    bound: o.bound,
    strict: o.strict,
    valueText: valueText(o, unit),
    derived: o.derived,
    formula: o.formula,
    inputs: o.inputs.map((i) => ({
      id: i.id,
      series: i.seriesSlug,
      period: i.period,
      citations: i.citations.map(toCitationJson),
    })),
    note: o.note,
    citations: o.citations.map(toCitationJson),
  };
}

export function toSeriesJson(s: Series, url: string): SeriesJson {
  return {
    slug: s.slug,
    title: s.title,
    unit: s.unit,
    measure: s.measure,
    topic: s.topic,
    description: s.description,
    entities: s.entities.map(({ entity, role }) => extend(entity, { role })),
    url,
  };
}

export function toEntityJson(e: Entity, seriesCount: number): EntityJson {
  return extend(e, { seriesCount });
}
