// The whole dataset as a Frictionless (Tabular) Data Package: one CSV per table, each described by a Table
// Schema with its keys, so a reader can load it into any tool and still join every figure to its sentences.
// Tables are normalised (citations and formula inputs in their own tables) so no figure is counted twice.
import type { Table } from "@/lib/api/csv";

type FieldType = "string" | "number" | "integer" | "boolean" | "date";
type Field = {
  name: string;
  type: FieldType;
  description: string;
  format?: "uri";
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
};
type ForeignKey = { fields: string | string[]; reference: { resource: string; fields: string | string[] } };
export type ResourceSpec = {
  name: ResourceName;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string | string[];
  foreignKeys?: ForeignKey[];
};

export const RESOURCE_NAMES = [
  "sources",
  "entities",
  "series",
  "series_entities",
  "observations",
  "observation_inputs",
  "citations",
] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

export function isResourceName(name: string): name is ResourceName {
  return (RESOURCE_NAMES as readonly string[]).includes(name);
}

const req = { required: true };
const s = (name: string, description: string, constraints?: Field["constraints"]): Field => ({
  name,
  type: "string",
  description,
  ...(constraints ? { constraints } : {}),
});
const typed = (name: string, type: FieldType, description: string, constraints?: Field["constraints"]): Field => ({
  ...s(name, description, constraints),
  type,
});
const fk = (field: string, resource: ResourceName, target: string): ForeignKey => ({
  fields: field,
  reference: { resource, fields: target },
});

export const RESOURCES: Record<ResourceName, ResourceSpec> = {
  sources: {
    name: "sources",
    title: "Articles",
    description: "The analytical articles every figure is quoted from.",
    primaryKey: "id",
    fields: [
      s("id", "Stable id of the article.", req),
      s("title", "Title as published (empty when the page gave none)."),
      s("author", "Author(s).", req),
      s("publication", "Publication or section.", req),
      s("publisher", "Publisher.", req),
      s("published", "Publication date (ISO 8601), or an interval 'from/to' when the date is only inferred.", req),
      typed("published_inferred", "boolean", "True when the date was inferred, not printed on the page.", req),
      { ...s("url", "Address of the article."), format: "uri" },
    ],
  },
  entities: {
    name: "entities",
    title: "Countries and organisations",
    description: "Who the series are about.",
    primaryKey: "id",
    fields: [s("id", "Id (ISO 3166 code for countries).", req), s("name", "Name.", req), s("kind", "Kind.", req)],
  },
  series: {
    name: "series",
    title: "Series",
    description: "What is measured, in which unit.",
    primaryKey: "slug",
    fields: [
      s("slug", "Stable id of the series.", req),
      s("title", "Title.", req),
      s("unit", "Unit every value of the series is in.", req),
      s("measure", "What is measured.", req),
      s("kind", "indicator, fact or context.", { required: true, enum: ["indicator", "fact", "context"] }),
      s("topic", "Topic.", req),
      s("description", "Description."),
    ],
  },
  series_entities: {
    name: "series_entities",
    title: "Who each series is about",
    description: "Series ↔ entity, with the entity's role (e.g. exporter, importer).",
    primaryKey: ["series", "entity", "role"],
    foreignKeys: [fk("series", "series", "slug"), fk("entity", "entities", "id")],
    fields: [s("series", "Series slug.", req), s("entity", "Entity id.", req), s("role", "Role.", req)],
  },
  observations: OBSERVATIONS(),
  observation_inputs: {
    name: "observation_inputs",
    title: "Inputs of derived figures",
    description: "The figures a derived figure is computed from (its formula names them).",
    primaryKey: ["observation", "input"],
    foreignKeys: [fk("observation", "observations", "id"), fk("input", "observations", "id")],
    fields: [s("observation", "The derived figure.", req), s("input", "A figure it is computed from.", req)],
  },
  citations: {
    name: "citations",
    title: "Citations",
    description: "The exact sentences each figure was taken from, with a link that opens the article at them.",
    primaryKey: "id",
    foreignKeys: [fk("observation", "observations", "id"), fk("source", "sources", "id")],
    fields: [
      typed("id", "integer", "Id of the citation.", req),
      s("observation", "The figure.", req),
      s("source", "The article.", req),
      s("quote", "The words of the article that state the figure, exactly as published.", req),
      s("context", "The whole sentence, when the quote is only a clause of it."),
      { ...s("link", "Link to the article that highlights the sentence (text fragment)."), format: "uri" },
    ],
  },
};

function OBSERVATIONS(): ResourceSpec {
  const bound = ["exact", "approx", "min", "max"];
  return {
    name: "observations",
    title: "Figures",
    description:
      "One row per figure. A value is only as precise as its article: read it with bound, strict, precision and period_kind.",
    primaryKey: "id",
    foreignKeys: [fk("series", "series", "slug")],
    fields: [
      s("id", "Stable id of the figure.", req),
      s("series", "Series slug.", req),
      s("period", "Period as stated (a year, a quarter, a date, or 'from/to').", req),
      typed("period_start", "date", "First day the period covers.", req),
      typed("period_end", "date", "Last day the period covers.", req),
      s("period_kind", "span: the figure covers the whole period; uncertain: it holds at some moment in it.", {
        required: true,
        enum: ["span", "uncertain"],
      }),
      typed("circa", "boolean", "True when the article gives the time only approximately.", req),
      s("period_text", "The period in words, as the site shows it.", req),
      typed(
        "value",
        "number",
        "The value in base units (the low end when a range is stated); a derived value rounded to its precision.",
        req,
      ),
      typed("value_high", "number", "The high end of a stated range."),
      typed("precision", "integer", "Significant figures a derived value supports (empty: as stated)."),
      s("unit", "Unit.", req),
      s("bound", "exact, approx (≈), min (at least / more than), max (at most / less than).", {
        required: true,
        enum: bound,
      }),
      typed("strict", "boolean", "A strict bound: 'more than' / 'less than' rather than 'at least' / 'at most'.", req),
      s("value_text", "The value in words with its bound, as the site shows it.", req),
      typed("derived", "boolean", "True when computed from other figures (see observation_inputs).", req),
      s("formula", "The formula of a derived figure."),
      s("note", "Editor's note."),
    ],
  };
}

export type DescriptorInput = {
  siteUrl: string;
  version: string;
  /** Where each resource's CSV is served, by name. */
  pathOf: (name: ResourceName) => string;
  articles: readonly { title: string; url: string | null }[];
};

/** The datapackage.json descriptor (Data Package v1 "tabular-data-package" profile). */
export function dataPackageDescriptor(input: DescriptorInput) {
  return {
    profile: "tabular-data-package",
    name: "caucasus-flows",
    title: "Caucasus Flows: figures quoted from analytical articles",
    description:
      "Trade, arms and energy figures for the South Caucasus, each with the exact sentence it was taken from, its bound and its period as the article stated them.",
    homepage: input.siteUrl,
    version: input.version,
    licenses: [
      {
        name: "other-at",
        title: "Free to reuse with credit and a link; quoted sentences remain the property of their publishers.",
      },
    ],
    sources: input.articles.map((a) => ({ title: a.title, ...(a.url ? { path: a.url } : {}) })),
    resources: RESOURCE_NAMES.map((name) => {
      const { title, description, fields, primaryKey, foreignKeys } = RESOURCES[name];
      return {
        name,
        profile: "tabular-data-resource",
        path: input.pathOf(name),
        title,
        description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        // Stated, not sniffed: a tool guessing the dialect from a sample can misread quoted sentences.
        dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields, primaryKey, ...(foreignKeys ? { foreignKeys } : {}) },
      };
    }),
  };
}

export type Cell = string | number | boolean | null;

/** A table of a resource, its columns in the schema's order. */
export function resourceTable(name: ResourceName, rows: readonly Record<string, Cell>[]): Table {
  const columns = RESOURCES[name].fields.map((f) => f.name);
  return { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
}
