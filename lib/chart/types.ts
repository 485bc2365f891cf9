// The chart spec: everything any renderer needs to draw a chart, and nothing about how to draw it.
// One spec per chart feeds the server SVG/PNG, the interactive Recharts view, the table, the
// downloads and the footnotes, so they can never disagree.
import type { PeriodKind } from "../model/period";
import type { BoundKind, Unit } from "../model/units";
import type { ChartKind } from "./kinds/chart-kind";

export type Footnote = {
  /** 1-based, in order of first use on the chart. */
  n: number;
  sourceId: string;
  author: string;
  /** Null when the headline was not shown on the publisher's page. */
  title: string | null;
  /** The title was read from the article's web address, not seen on the publisher's page. */
  titleFromUrl: boolean;
  publication: string;
  /** "21 Feb 2025", or "c. Feb 2023" when only inferred. */
  published: string;
  publishedInferred: boolean;
  /** As stored: "2025-02-21", or "2025-01/2025-02" (from/to) when only inferred; for machine-readable citations. */
  publishedDate: string;
  quote: string;
  /** The whole sentence around the quote, when the quote is only a clause of it. */
  context: string | null;
  /** The article URL with a #:~:text= fragment landing on the quoted sentence, or null. */
  href: string | null;
  /** The article has no web address of its own that we found (a publisher's listing page may hold it). */
  noUrl: boolean;
  /** Observation ids this footnote documents. */
  observationIds: string[];
};

export type ChartPoint = {
  /** Observation id, unique within the chart. */
  id: string;
  seriesSlug: string;
  period: string;
  periodLabel: string;
  /** Decimal years (2024.0 = 1 Jan 2024) of the first and last instant the period covers. */
  start: number;
  end: number;
  /** Where a single mark is placed: the middle of the period. */
  mid: number;
  isInterval: boolean;
  /** span: the figure covers the whole period; uncertain: a moment somewhere within it (drawn dotted). */
  periodKind: PeriodKind;
  /** The value at the precision its article supports (a derived one rounded to `precision` figures). */
  value: number;
  /** The high end of a range the article states as a range; drawn from value to valueHigh. */
  valueHigh: number | null;
  /** Significant figures a derived value supports (its label is rounded to them); null: as stated. */
  precision: number | null;
  bound: BoundKind;
  strict: boolean;
  derived: boolean;
  /** Human-readable formula of a derived value, e.g. "2021 turnover × (1 + 2022 growth ÷ 100)". */
  formula: string | null;
  note: string | null;
  /** Lines that qualify the value (formula, note), worded by the observation view. */
  details: string[];
  /** "upper bound", "derived, approximate". */
  kind: string;
  /** "≤ $4B" */
  label: string;
  /** "at most $4B" */
  valueWords: string;
  /** "2024: at most $4B" — tooltips, tables, screen readers. */
  description: string;
  /** For bar charts: the bar's category label. */
  category: string | null;
  footnotes: number[];
};

export type ChartSeries = {
  slug: string;
  title: string;
  /** Palette slot 0..5; renderers map it to a colour with enough contrast in light and dark. */
  colorIndex: number;
  points: ChartPoint[];
  /** Runs of point ids that are drawn joined by a line: only adjacent, single periods; never across a gap. */
  segments: string[][];
};

export type Annotation = { at: number; label: string };

export type ChartSpec = {
  id: string;
  /** "time": x is a time axis; "bars": one horizontal bar per point, by category (see kinds/). */
  kind: ChartKind;
  title: string;
  subtitle: string;
  unit: Unit;
  /** Axis label, e.g. "US dollars" */
  axisLabel: string;
  /** Value axis range: starts at 0 for money and counts; 0–100 for percent. */
  yDomain: [number, number];
  /** Time range in decimal years (time charts only). */
  xDomain: [number, number];
  series: ChartSeries[];
  annotations: Annotation[];
  notes: string[];
  footnotes: Footnote[];
  /** Which mark kinds appear, so the legend explains only those. */
  marks: {
    exact: boolean;
    approx: boolean;
    min: boolean;
    max: boolean;
    derived: boolean;
    interval: boolean;
    uncertain: boolean;
    range: boolean;
  };
  /** A plain-words summary of every value, for aria descriptions and alt text. */
  summary: string;
};
