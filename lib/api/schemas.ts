// The public API's shapes, once: the handlers validate queries with these schemas, the responses are built
// to them, and the OpenAPI document (openapi.ts) is generated from them, so the three cannot disagree.
import "zod-openapi";
import { z } from "zod";
import { PERIOD_KINDS, parsePeriod } from "@/lib/model/period";
import { TOPICS } from "@/lib/model/taxonomy";
import { BOUNDS, UNITS } from "@/lib/model/units";

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 100;
/** The longest search text, in characters (the /search page searches no more of one either). */
export const MAX_SEARCH_TEXT = 200;

const slug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and hyphens");
const id = z
  .string()
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, '.', '_' and '-'");
const isoPart = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO 8601 year, month or day: 2011, 2011-05, 2011-05-31")
  .refine((p) => parsePeriod(p) !== null, "is not a real date");
const slugList = z
  .string()
  .max(2000)
  .regex(/^[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*$/, "must be series slugs separated by commas")
  .meta({ description: "One or more series slugs, comma-separated.", example: "ru-am-trade-turnover" });

const limit = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/, `must be a whole number from 1 to ${MAX_LIMIT}`)
  .transform(Number)
  .pipe(z.int().max(MAX_LIMIT, `must be a whole number from 1 to ${MAX_LIMIT}`))
  .meta({ description: `Items per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`, example: "50" });
const cursor = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, "must be a cursor from a previous page's `next`")
  .meta({
    description: "Opaque: from the previous page's `next`, for the same endpoint and filters (the limit may change).",
  });
const page = { limit: limit.optional(), cursor: cursor.optional() };

export const seriesListQuery = z.strictObject({
  ...page,
  topic: z
    .enum(TOPICS, { error: `must be a topic id: ${TOPICS.join(", ")} (/api/v1/topics)` })
    .optional()
    .meta({ description: "A topic id (`/api/v1/topics`).", example: "trade" }),
  entity: id.optional().meta({ description: "An entity id (`/api/v1/entities`).", example: "AM" }),
  unit: z.enum(UNITS).optional(),
});

export const observationsQuery = z.strictObject({
  ...page,
  series: slugList.optional(),
  entity: id.optional().meta({ description: "An entity id: observations of its series." }),
  from: isoPart.optional().meta({ description: "Periods that end on or after this date.", example: "2011" }),
  to: isoPart.optional().meta({ description: "Periods that start on or before this date.", example: "2025" }),
  bound: z.enum(BOUNDS).optional(),
  source: id.optional().meta({ description: "A source id: observations it is cited for." }),
});

export const pageQuery = z.strictObject(page);
export const emptyQuery = z.strictObject({});
export const seriesPath = z.object({ slug: slug.meta({ example: "ru-am-trade-turnover" }) });

export const sourceSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    author: z.string(),
    publication: z.string(),
    publisher: z.string(),
    published: z.string().meta({ description: "ISO 8601 date, or from/to when only inferred." }),
    publishedInferred: z.boolean(),
    url: z.string().nullable(),
    listingUrl: z.string().nullable(),
  })
  .meta({ id: "Source" });

export const sourceWithCountSchema = sourceSchema
  .extend({ figureCount: z.int().meta({ description: "Observations citing this source." }) })
  .meta({ id: "SourceWithCount" });

export const citationSchema = z
  .object({
    id: z.int(),
    source: sourceSchema,
    quote: z.string().meta({ description: "The clause that states the figure, verbatim." }),
    context: z.string().nullable().meta({ description: "The whole sentence, when the quote is a clause." }),
    link: z.string().nullable().meta({ description: "The article URL with a text fragment on the sentence." }),
  })
  .meta({ id: "Citation" });

export const observationSchema = z
  .object({
    id: z.string(),
    series: z.string(),
    period: z.string().meta({ description: "ISO 8601 year, month, day or from/to interval." }),
    periodStart: z.string(),
    periodEnd: z.string(),
    periodKind: z
      .enum(PERIOD_KINDS)
      .meta({ description: "span: the figure covers the whole period; uncertain: a moment somewhere within it." }),
    circa: z.boolean().meta({ description: "The period rests on an inferred article date ('c. 2024')." }),
    periodText: z.string().meta({ description: "The period in words: '2011–2020', 'some time in 2020–2023'." }),
    value: z.number().meta({
      description:
        "In base units (USD, not billions); read with `bound`. A derived value is rounded to `precision` significant figures.",
    }),
    valueHigh: z.number().nullable().meta({ description: "The high end of a range the article states as a range." }),
    precision: z
      .number()
      .int()
      .nullable()
      .meta({ description: "Significant figures a derived value supports; null: as the article states it." }),
    unit: z.enum(UNITS),
    bound: z.enum(BOUNDS).meta({ description: "exact, approx, min (at least) or max (at most)." }),
    strict: z.boolean().meta({ description: "A strict bound: more than / below." }),
    valueText: z.string().meta({ description: "The figure as the article bounds it: '≤ $4B'." }),
    derived: z.boolean(),
    formula: z.string().nullable().meta({ description: "A derived figure's arithmetic; inputs as {id}." }),
    inputs: z
      .array(z.object({ id: z.string(), series: z.string(), period: z.string(), citations: z.array(citationSchema) }))
      .meta({ description: "The observations a derived figure is computed from, with their citations." }),
    note: z.string().nullable(),
    citations: z.array(citationSchema),
  })
  .meta({ id: "Observation" });

export const entityRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  iso: z.string().nullable(),
  role: z.string(),
});

export const seriesSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    unit: z.enum(UNITS),
    measure: z.string().meta({ description: "What is measured: series of the same measure compare." }),
    topic: z.enum(TOPICS),
    description: z.string().nullable(),
    entities: z.array(entityRefSchema),
    url: z.string().meta({ description: "This series in the API." }),
  })
  .meta({ id: "Series" });

export const seriesDetailSchema = seriesSchema
  .extend({ observations: z.array(observationSchema) })
  .meta({ id: "SeriesDetail" });

export const entitySchema = z
  .object({ id: z.string(), name: z.string(), kind: z.string(), iso: z.string().nullable(), seriesCount: z.int() })
  .meta({ id: "Entity" });

export const topicSchema = z.object({ id: z.string(), seriesCount: z.int() }).meta({ id: "Topic" });

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      data: z.array(item),
      next: z.string().nullable().meta({ description: "URL of the next page, or null on the last." }),
    })
    .meta({ id: name });
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

export const searchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(MAX_SEARCH_TEXT, `must be at most ${MAX_SEARCH_TEXT} characters`)
    .meta({ description: "Words to find.", example: "Gyumri" }),
  limit: z
    .string()
    .regex(/^[1-9][0-9]?$/, "must be a whole number from 1 to 50")
    .transform(Number)
    .pipe(z.int().max(50, "must be a whole number from 1 to 50"))
    .optional()
    .meta({ description: "Most hits to return, 1–50 (default 20)." }),
});

const segmentsSchema = z
  .array(z.object({ text: z.string(), match: z.boolean() }))
  .meta({ description: "The matching text, split so the matched words can be highlighted." });

// Why a hit was found when its snippet does not show it: its series' title, or its row's other words.
const reasonFields = {
  titleSnippet: segmentsSchema.meta({ description: "The series' title, its matched words marked." }),
  foundIn: segmentsSchema.nullable().meta({
    description:
      "When neither the title nor the snippet holds the matched words: the words of the series (what it " +
      "measures, whom it is about) or of the figure's source (author, publication) that do, a few around each.",
  }),
};

export const searchResultSchema = z
  .object({
    data: z.array(
      z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("series"), snippet: segmentsSchema, ...reasonFields, series: seriesSchema }),
        z.object({
          kind: z.literal("figure"),
          snippet: segmentsSchema,
          ...reasonFields,
          citationId: z.int(),
          seriesTitle: z.string(),
          observation: observationSchema,
        }),
      ]),
    ),
    partial: z
      .object({ firstMatches: z.int(), order: z.literal("index") })
      .optional()
      .meta({
        description:
          "Present when the words match more rows than a search ranks: the hits are then the first matches in " +
          "index order (series, then figures in dataset order) among the first `firstMatches`, the exact words " +
          "before the words the last one begins. Absent: every match was ranked by relevance (bm25).",
      }),
  })
  .meta({ id: "SearchResults" });

export type ObservationJson = z.infer<typeof observationSchema>;
export type CitationJson = z.infer<typeof citationSchema>;
export type SourceJson = z.infer<typeof sourceSchema>;
export type SeriesJson = z.infer<typeof seriesSchema>;
export type EntityJson = z.infer<typeof entitySchema>;
export type TopicJson = z.infer<typeof topicSchema>;
export type ProblemJson = z.infer<typeof problemSchema>;
