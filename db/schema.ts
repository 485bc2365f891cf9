import { relations } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const sources = sqliteTable("sources", {
  id: text("id").primaryKey(),
  title: text("title"),
  titleNote: text("title_note"),
  // The title was read from the article's web address, not seen on the publisher's page.
  titleFromUrl: integer("title_from_url", { mode: "boolean" }).notNull().default(false),
  author: text("author").notNull(),
  publication: text("publication").notNull(),
  publisher: text("publisher").notNull(),
  // ISO 8601 date, or interval "from/to" when the date is only inferred.
  published: text("published").notNull(),
  publishedInferred: integer("published_inferred", { mode: "boolean" }).notNull(),
  publishedNote: text("published_note"),
  url: text("url"),
  listingUrl: text("listing_url"),
  ordinal: integer("ordinal").notNull(),
});

export const entities = sqliteTable("entities", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  iso: text("iso"),
});

export const series = sqliteTable(
  "series",
  {
    slug: text("slug").primaryKey(),
    title: text("title").notNull(),
    unit: text("unit").notNull(),
    measure: text("measure").notNull(),
    description: text("description"),
    kind: text("kind", { enum: ["indicator", "fact", "context"] })
      .notNull()
      .default("indicator"),
    topic: text("topic").notNull().default("conflict-and-diplomacy"),
    ordinal: integer("ordinal").notNull(),
  },
  // A page of one topic's series, kind by kind in dataset order, read as a range of this index; and the
  // count of each topic's series of each kind, index-only (the home and topic pages, issue 10 §4).
  // The API's list of series (`/api/v1/series`, in dataset order, filtered by topic or unit) reads a page
  // as a range of the other three: without them each page sorted all 20,000 series at 10^6 figures (5 ms).
  (t) => [
    index("series_topic_kind").on(t.topic, t.kind, t.ordinal),
    index("series_order").on(t.ordinal, t.slug),
    index("series_topic_order").on(t.topic, t.ordinal, t.slug),
    index("series_unit_order").on(t.unit, t.ordinal, t.slug),
  ],
);

export const seriesEntities = sqliteTable(
  "series_entities",
  {
    seriesSlug: text("series_slug")
      .notNull()
      .references(() => series.slug),
    entityId: text("entity_id")
      .notNull()
      .references(() => entities.id),
    role: text("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.seriesSlug, t.entityId, t.role] }), index("series_entities_entity").on(t.entityId)],
);

export const observations = sqliteTable(
  "observations",
  {
    id: text("id").primaryKey(),
    seriesSlug: text("series_slug")
      .notNull()
      .references(() => series.slug),
    period: text("period").notNull(),
    // First and last day the period covers, for ordering and for drawing intervals as intervals.
    periodStart: text("period_start").notNull(),
    periodEnd: text("period_end").notNull(),
    // span: the figure covers the whole period; uncertain: it holds at some moment within it.
    periodKind: text("period_kind", { enum: ["span", "uncertain"] })
      .notNull()
      .default("span"),
    circa: integer("circa", { mode: "boolean" }).notNull().default(false),
    value: real("value").notNull(),
    // The high end of a range stated as a range ("2-2.5 years"); value is the low end.
    valueHigh: real("value_high"),
    // Significant figures a derived value supports; null for a value as stated.
    precision: integer("precision"),
    bound: text("bound", { enum: ["exact", "approx", "min", "max"] }).notNull(),
    // A strict bound: "more than" / "below" rather than "at least" / "at most".
    strict: integer("strict", { mode: "boolean" }).notNull(),
    derived: integer("derived", { mode: "boolean" }).notNull(),
    formula: text("formula"),
    note: text("note"),
    ordinal: integer("ordinal").notNull(),
  },
  // Ordinal too: a series page reads its observations in (period_start, ordinal) order straight from the index.
  // The (period_end, ordinal) one finds each series' latest figure with one seek (the home and topic pages).
  (t) => [
    index("observations_series_period").on(t.seriesSlug, t.periodStart, t.ordinal),
    index("observations_series_latest").on(t.seriesSlug, t.periodEnd, t.ordinal),
  ],
);

export const observationInputs = sqliteTable(
  "observation_inputs",
  {
    observationId: text("observation_id")
      .notNull()
      .references(() => observations.id),
    inputId: text("input_id")
      .notNull()
      .references(() => observations.id),
  },
  (t) => [primaryKey({ columns: [t.observationId, t.inputId] })],
);

export const citations = sqliteTable(
  "citations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    observationId: text("observation_id")
      .notNull()
      .references(() => observations.id),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    quote: text("quote").notNull(),
    // The whole sentence around the quote, when the quote is only a clause of it.
    context: text("context"),
    ordinal: integer("ordinal").notNull(),
  },
  // Ordinal too: each figure's citations are read in their order without a sort per observation.
  (t) => [index("citations_observation").on(t.observationId, t.ordinal), index("citations_source").on(t.sourceId)],
);

export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const sourcesRelations = relations(sources, ({ many }) => ({ citations: many(citations) }));

export const entitiesRelations = relations(entities, ({ many }) => ({ series: many(seriesEntities) }));

export const seriesRelations = relations(series, ({ many }) => ({
  entities: many(seriesEntities),
  observations: many(observations),
}));

export const seriesEntitiesRelations = relations(seriesEntities, ({ one }) => ({
  series: one(series, { fields: [seriesEntities.seriesSlug], references: [series.slug] }),
  entity: one(entities, { fields: [seriesEntities.entityId], references: [entities.id] }),
}));

export const observationsRelations = relations(observations, ({ one, many }) => ({
  series: one(series, { fields: [observations.seriesSlug], references: [series.slug] }),
  citations: many(citations),
  inputs: many(observationInputs, { relationName: "derived" }),
  usedBy: many(observationInputs, { relationName: "input" }),
}));

export const observationInputsRelations = relations(observationInputs, ({ one }) => ({
  observation: one(observations, {
    fields: [observationInputs.observationId],
    references: [observations.id],
    relationName: "derived",
  }),
  input: one(observations, {
    fields: [observationInputs.inputId],
    references: [observations.id],
    relationName: "input",
  }),
}));

export const citationsRelations = relations(citations, ({ one }) => ({
  observation: one(observations, { fields: [citations.observationId], references: [observations.id] }),
  source: one(sources, { fields: [citations.sourceId], references: [sources.id] }),
}));

export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type Entity = typeof entities.$inferSelect;
export type Series = typeof series.$inferSelect;
export type NewSeries = typeof series.$inferInsert;
export type SeriesEntity = typeof seriesEntities.$inferSelect;
export type Observation = typeof observations.$inferSelect;
export type NewObservation = typeof observations.$inferInsert;
export type ObservationInput = typeof observationInputs.$inferSelect;
export type Citation = typeof citations.$inferSelect;
export type NewCitation = typeof citations.$inferInsert;
export type Bound = Observation["bound"];

// The corrections record (issue 12): one row per publish of a new data version, and one per figure it
// added, changed or removed. The loader writes both in the load's own transaction; nothing else writes them.
export const publishes = sqliteTable("publishes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  version: text("version").notNull(),
  // ISO 8601 instant of the load.
  publishedAt: text("published_at").notNull(),
  // The first load into an empty database: its figures are counted, not listed one by one.
  initial: integer("initial", { mode: "boolean" }).notNull(),
  added: integer("added").notNull(),
  changed: integer("changed").notNull(),
  removed: integer("removed").notNull(),
});

const BOUND_ENUM = { enum: ["exact", "approx", "min", "max"] } as const;

export const figureChanges = sqliteTable(
  "figure_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    publishId: integer("publish_id")
      .notNull()
      .references(() => publishes.id),
    // Not a foreign key: a removed figure's id no longer exists in observations.
    observationId: text("observation_id").notNull(),
    seriesSlug: text("series_slug").notNull(),
    period: text("period").notNull(),
    kind: text("kind", { enum: ["added", "changed", "removed"] }).notNull(),
    oldValue: real("old_value"),
    oldValueHigh: real("old_value_high"),
    oldPrecision: integer("old_precision"),
    oldBound: text("old_bound", BOUND_ENUM),
    oldStrict: integer("old_strict", { mode: "boolean" }),
    oldQuote: text("old_quote"),
    newValue: real("new_value"),
    newValueHigh: real("new_value_high"),
    newPrecision: integer("new_precision"),
    newBound: text("new_bound", BOUND_ENUM),
    newStrict: integer("new_strict", { mode: "boolean" }),
    newQuote: text("new_quote"),
  },
  (t) => [
    index("figure_changes_observation").on(t.observationId),
    index("figure_changes_series").on(t.seriesSlug),
    index("figure_changes_publish").on(t.publishId),
  ],
);

// Scratch tables of a publish: the figures before and after, compared in SQL and emptied before the
// transaction commits (a libSQL server refuses TEMP tables, so they are ordinary tables, always empty).
const figureSnapshot = () => ({
  id: text("id").primaryKey(),
  seriesSlug: text("series_slug"),
  period: text("period"),
  value: real("value"),
  valueHigh: real("value_high"),
  precision: integer("precision"),
  bound: text("bound"),
  strict: integer("strict"),
  quote: text("quote"),
});
export const publishOldFigures = sqliteTable("publish_old_figures", figureSnapshot());
export const publishNewFigures = sqliteTable("publish_new_figures", figureSnapshot());

export type Publish = typeof publishes.$inferSelect;
export type FigureChange = typeof figureChanges.$inferSelect;
