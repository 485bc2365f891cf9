// The shape of every record in data/. Cross-record rules (references, quotes, formulas) live in validate.ts.
import { z } from "zod";
import { PERIOD_KINDS, parsePeriod } from "../model/period";
import { SERIES_KINDS, TOPICS } from "../model/taxonomy";
import { BOUNDS, UNITS } from "../model/units";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by '-'");
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const isoPart = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");
const text = z.string().trim().min(1, "must not be empty");
const oneOf = (what: string, options: readonly string[]) => (i: { input: unknown }) =>
  i.input === undefined ? "is required" : `unknown ${what} '${String(i.input)}'; use one of ${options.join(", ")}`;
const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

// YAML reads an unquoted 2025-02-21 as a Date and 2024 as a number; accept them as the text they were.
const asText = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "number" ? String(v) : v;
const day = z.preprocess(asText, isoDay);
const dayOrPart = z.preprocess(asText, isoPart);

export const sourceRecord = z.strictObject({
  id: slug,
  title: text.nullable(),
  titleNote: text.optional(),
  /** The title was reconstructed from the article's URL slug, not seen on the publisher's page. */
  titleFromUrl: z.boolean().optional(),
  author: text,
  publication: text,
  publisher: text,
  published: z.union([
    z.strictObject({ date: day }),
    z.strictObject({ from: dayOrPart, to: dayOrPart, inferred: z.literal(true), note: text }),
  ]),
  url: url.nullable(),
  listingUrl: url.optional(),
});

export const entityRecord = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, "must be an upper-case code such as AM or CSTO"),
  name: text,
  kind: z.enum(["country", "bloc", "organization", "region", "company"]),
  iso: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
    .nullable(),
});

export const ROLES = [
  "partner",
  "supplier",
  "recipient",
  "lender",
  "borrower",
  "subject",
  "origin",
  "destination",
  "buyer",
  "seller",
  "member",
  "host",
  "deployer",
  "counterpart",
] as const;

export const seriesRecord = z.strictObject({
  slug,
  title: text,
  unit: z.enum(UNITS, { error: oneOf("unit", UNITS) }),
  measure: slug,
  kind: z.enum(SERIES_KINDS, { error: oneOf("series kind", SERIES_KINDS) }),
  topic: z.enum(TOPICS, { error: oneOf("topic", TOPICS) }),
  entities: z.array(z.strictObject({ entity: z.string(), role: z.enum(ROLES) })).min(1),
  description: text.optional(),
});

const period = z.preprocess(
  asText,
  z
    .string({ error: 'must be an ISO 8601 period such as "2024" or "2011/2020"' })
    .refine((p) => parsePeriod(p) !== null, { message: "is not an ISO 8601 year, month, day or interval" }),
);

export const citationRecord = z.strictObject({
  source: z.string(),
  quote: z.string().trim().min(12, "must be at least 12 characters: the clause that states the value"),
  context: text.optional(),
});

export const observationRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, "must be <series>/<period>[/<qualifier>] in lower case"),
  series: z.string(),
  period,
  value: z.number({
    error: (i) => (typeof i.input === "number" ? "must be a finite number" : "must be a number, in base units"),
  }),
  /** The high end of a range the article states as a range; `value` is the low end. */
  valueHigh: z.number({ error: "must be a number, in base units" }).optional(),
  bound: z.enum(BOUNDS, { error: oneOf("bound", BOUNDS) }),
  strict: z.boolean().optional(),
  periodKind: z.enum(PERIOD_KINDS, { error: oneOf("period kind", PERIOD_KINDS) }).optional(),
  circa: z.boolean().optional(),
  derived: z
    .strictObject({
      formula: text,
      precision: z
        .number({ error: "is required: the significant figures the least precise input supports" })
        .int("must be a whole number of significant figures")
        .min(1, "must be at least 1")
        .max(15, "must be at most 15"),
    })
    .optional(),
  note: text.optional(),
  citations: z.array(citationRecord).optional(),
});

export type SourceRecord = z.infer<typeof sourceRecord>;
export type EntityRecord = z.infer<typeof entityRecord>;
export type SeriesRecord = z.infer<typeof seriesRecord>;
export type ObservationRecord = z.infer<typeof observationRecord>;
