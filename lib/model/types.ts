// The domain model: what the dashboard knows about a figure, as plain data. Every reader of figures (pages,
// charts, downloads, citations) works on these types; db/queries maps rows into them, and nothing here knows
// about the ORM, so any of it can be built from plain objects in a test.
import type { PeriodKind } from "./period";
import type { SeriesKind, Topic } from "./taxonomy";
import type { BoundKind, Unit } from "./units";

export type Source = {
  id: string;
  /** Null when the headline was not recovered; `titleNote` says why (for editors, not readers). */
  title: string | null;
  titleNote: string | null;
  /** The title was read from the article's web address, not seen on the publisher's page. */
  titleFromUrl: boolean;
  author: string;
  publication: string;
  publisher: string;
  /** ISO 8601 date, or "from/to" when the date is only inferred. */
  published: string;
  publishedInferred: boolean;
  publishedNote: string | null;
  url: string | null;
  /** A publisher listing page that holds the article, when the article's own URL is unknown. */
  listingUrl: string | null;
};

export type Entity = { id: string; name: string; kind: string; iso: string | null };

export type EntityRole = { entity: Entity; role: string };

export type Series = {
  slug: string;
  title: string;
  unit: Unit;
  /** What is measured ("trade-turnover", "arms-import-share"): groups series of the same kind. */
  measure: string;
  description: string | null;
  /** indicator, fact or context: see taxonomy.ts. */
  kind: SeriesKind;
  topic: Topic;
  entities: EntityRole[];
};

export type Citation = {
  id: number;
  source: Source;
  /** The clause that states the figure, verbatim. */
  quote: string;
  /** The whole sentence around the quote, when the quote is only a clause of it. */
  context: string | null;
};

/** An observation a derived figure is computed from: enough to name it and to cite its sentences. */
export type ObservationInput = {
  id: string;
  seriesSlug: string;
  seriesTitle: string;
  period: string;
  citations: Citation[];
};

export type Observation = {
  id: string;
  seriesSlug: string;
  /** ISO 8601: a year, month, day or "from/to" interval. */
  period: string;
  /** First and last day the period covers. */
  periodStart: string;
  periodEnd: string;
  /** span: the figure covers the whole period; uncertain: it holds at a moment somewhere within it. */
  periodKind: PeriodKind;
  /** The period rests on an inferred article date ("last year" in an undated article): "c. 2024". */
  circa: boolean;
  /** In the unit's base units: USD, not billions. The low end when the article gives a range. */
  value: number;
  /** The high end of a range the article states as a range ("2–2.5 years"); null otherwise. */
  valueHigh: number | null;
  /** Significant figures a derived value supports (its least precise input's); null: as stated. */
  precision: number | null;
  bound: BoundKind;
  /** "more than" / "below" rather than "at least" / "at most". */
  strict: boolean;
  derived: boolean;
  /** The arithmetic of a derived figure, with inputs as {observation-id}. */
  formula: string | null;
  note: string | null;
  /** Order within the dataset, for stable ties. */
  ordinal: number;
  citations: Citation[];
  inputs: ObservationInput[];
};

export type SeriesWithObservations = Series & { observations: Observation[] };

/** A series' title, unit and description: what a series chart needs to resolve its definition. */
export type SeriesSummary = Pick<Series, "slug" | "title" | "unit" | "description" | "kind" | "topic">;
