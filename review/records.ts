// Turns a reviewer's decisions into data/ records: the source, the new series and the accepted figures.
// The request names no path: files are named after the source id, which must be a slug.
import { z } from "zod";
import { ROLES } from "@/lib/dataset/schema";
import type { ObservationRecord, SeriesRecord, SourceRecord } from "@/lib/dataset/schema";
import { PERIOD_KINDS } from "@/lib/model/period";
import { SERIES_KINDS, TOPICS } from "@/lib/model/taxonomy";
import { BOUNDS, UNITS } from "@/lib/model/units";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by '-'")
  .max(80);
const short = z.string().max(500);
const long = z.string().max(5000);

export const saveRequest = z.strictObject({
  source: z.strictObject({
    id: slug,
    title: short.nullable(),
    author: short,
    publication: short,
    publisher: short,
    published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
    url: short.nullable(),
  }),
  newSeries: z
    .array(
      z.strictObject({
        slug,
        title: short,
        unit: z.enum(UNITS),
        measure: slug,
        kind: z.enum(SERIES_KINDS),
        topic: z.enum(TOPICS),
        description: long.optional(),
        entities: z.array(z.strictObject({ entity: z.string().max(20), role: z.enum(ROLES) })).max(20),
      }),
    )
    .max(50),
  figures: z
    .array(
      z.strictObject({
        series: slug,
        period: z.string().max(40),
        value: z.number().finite(),
        /** The high end of a range the article states as a range. */
        valueHigh: z.number().finite().optional(),
        bound: z.enum(BOUNDS),
        periodKind: z.enum(PERIOD_KINDS).optional(),
        /** The period rests on an inferred article date ("since 2020" in an undated article). */
        circa: z.boolean().optional(),
        strict: z.boolean(),
        note: long.optional(),
        quote: long,
        context: long.optional(),
      }),
    )
    .max(500),
});
export type SaveRequest = z.infer<typeof saveRequest>;

export type ArticleRecords = { source: SourceRecord; series: SeriesRecord[]; observations: ObservationRecord[] };

function published(date: string): SourceRecord["published"] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { date };
  return { from: date, to: date, inferred: true, note: `${date} (month or year only, set in review)` };
}

/** Ids are <series>/<period>, with a qualifier when the dataset or this article already has one. */
function observationId(series: string, period: string, taken: Set<string>, qualifier: string): string {
  const base = `${series}/${period.replace(/\//g, "-").toLowerCase()}`;
  let id = taken.has(base) ? `${base}/${qualifier}` : base;
  for (let n = 2; taken.has(id); n++) id = `${base}/${qualifier}-${n}`;
  taken.add(id);
  return id;
}

export function toRecords(req: SaveRequest, existingIds: Set<string>): ArticleRecords {
  const { source } = req;
  const taken = new Set(existingIds);
  const qualifier = source.id.split("-")[0] ?? "source";
  const observations = req.figures.map((f): ObservationRecord => {
    const context = f.context && f.context !== f.quote ? f.context : undefined;
    return {
      id: observationId(f.series, f.period, taken, qualifier),
      series: f.series,
      period: f.period,
      ...(f.periodKind === "uncertain" ? { periodKind: f.periodKind } : {}),
      ...(f.circa ? { circa: true } : {}),
      value: f.value,
      ...(f.valueHigh !== undefined ? { valueHigh: f.valueHigh } : {}),
      bound: f.bound,
      ...(f.strict && (f.bound === "min" || f.bound === "max") ? { strict: true } : {}),
      ...(f.note?.trim() ? { note: f.note.trim() } : {}),
      citations: [{ source: source.id, quote: f.quote, ...(context ? { context } : {}) }],
    };
  });
  const series = req.newSeries.map((s) => ({ ...s, description: s.description?.trim() || undefined }));
  return {
    source: {
      id: source.id,
      title: source.title?.trim() || null,
      author: source.author,
      publication: source.publication,
      publisher: source.publisher,
      published: published(source.published),
      url: source.url?.trim() || null,
    },
    series: series.map((s) => (s.description ? s : { ...s, description: undefined })),
    observations,
  };
}
