// A search hit as the index finds it, before a page or the API marks its parts (marked-hit.ts).
import type { Citation, Observation, Series, SeriesSummary } from "../model/types";

/**
 * snippet: the matched text (a series' description, a figure's sentence) with FTS5's markers; heading: the
 * row's other words whole, marked, beginning with the series' title (db/search-index.ts) — a match may be
 * only there, as a title, a country or an author.
 */
export type SearchHit =
  | { kind: "series"; snippet: string; heading: string; series: Series }
  | {
      kind: "figure";
      snippet: string;
      heading: string;
      citation: Citation;
      observation: Observation;
      series: SeriesSummary;
    };
