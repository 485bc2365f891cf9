import "server-only";
// The explorer (issue 10): a URL's state → the panel chart it describes, with every problem said in words.
// One function per use: the page, the type-ahead, the files and the embed all resolve state here, so a link,
// its image and its embed can never show different charts.
import { cache } from "react";
import { fetchSeriesOnly, getSeriesData } from "@/db/queries/series";
import { allSeriesSlugs, suggestSeries, type SeriesChoice } from "@/db/queries/explore";
import { didYouMean } from "@/lib/api/problem";
import { composePanels, type PanelChart } from "@/lib/chart/panels/compose";
import {
  capSeries,
  leftOut,
  MAX_NAMED,
  MAX_SERIES,
  parseExploreState,
  serialiseExploreState,
  timeParam,
  withSeries,
  type ExploreState,
} from "@/lib/explore/state";
import { TOPICS, TOPIC_INFO } from "@/lib/model/taxonomy";
import { UNIT_INFO } from "@/lib/model/units";
import type { SeriesWithObservations } from "@/lib/model/types";
import { toFtsQuery } from "@/lib/search/fts-query";
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";

export type { SeriesChoice };

/** The id every explorer chart is drawn under: footnote anchors are #fn-explore-<n>. */
export const EXPLORE_CHART_ID = "explore";
export const SUGGEST_LIMIT = 8;

export type ExploreView = {
  state: ExploreState;
  /** The canonical query of the state as shown (repairs applied). */
  query: string;
  errors: string[];
  /** The series the URL names that do not exist (each also said in `errors`). */
  unknown: string[];
  /** The chosen series that exist, in the URL's order. */
  chosen: { slug: string; title: string; unitLabel: string }[];
  /** Null when nothing can be drawn (no series, or none with a figure in the years asked for). */
  chart: PanelChart | null;
  permalink: string;
};

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function defaultTitle(data: SeriesWithObservations[]): string {
  const text = `Compared: ${listWords(data.map((s) => s.title))}`;
  return [...text].length > 140 ? `${[...text].slice(0, 139).join("")}…` : text;
}

function defaultSubtitle(chart: PanelChart, state: ExploreState): string {
  const units = listWords(chart.panels.map((p) => p.axisLabel));
  const years = timeParam(state) ? `; ${state.from ?? "…"}–${state.to ?? "…"}` : "";
  return `Figures as the articles state them, in ${units}${chart.panels.length > 1 ? ", one panel per unit" : ""}${years}`;
}

async function unknownMessages(unknown: string[]): Promise<string[]> {
  if (unknown.length === 0) return [];
  const known = await allSeriesSlugs();
  return unknown.map((slug) => {
    const guess = didYouMean(slug, known);
    // Read as sentences on the page, in a file's 400 and in an embed: "…”; it was left out." without a guess.
    return leftOut(`there is no series “${slug}”${guess ? `; did you mean “${guess}”?` : ""}`);
  });
}

async function resolve(params: URLSearchParams): Promise<ExploreView> {
  // Existence first, then the cap: a mistyped name among seven must not push out the seventh, real one.
  const parsed = parseExploreState(params, MAX_NAMED);
  const named = parsed.state.series;
  // Up to six names: one read of their data. More: which exist (no figures read), then the six kept.
  const read = named.length <= MAX_SERIES ? await getSeriesData(...named) : null;
  const found = new Set((read ?? (await fetchSeriesOnly(named))).map((s) => s.slug));
  const unknown = named.filter((s) => !found.has(s));
  const errors = [...parsed.errors, ...(await unknownMessages(unknown))];
  const kept = capSeries(
    named.filter((s) => found.has(s)),
    errors,
  );
  const data = read ? read.filter((s) => kept.includes(s.slug)) : await getSeriesData(...kept);
  const state = { ...parsed.state, series: kept };
  const query = serialiseExploreState(state);
  const chosen = data.map((s) => ({ slug: s.slug, title: s.title, unitLabel: UNIT_INFO[s.unit].label }));
  const base = { state, query, unknown, chosen, permalink: absoluteUrl(routes.explore(query)) };
  if (data.length === 0) return { ...base, errors, chart: null };
  const input = { id: EXPLORE_CHART_ID, title: state.title || defaultTitle(data), subtitle: "", note: state.note };
  const chart = composePanels({ ...input, series: data, from: state.from, to: state.to });
  if (chart.empty.length)
    errors.push(`no figure of ${listWords(chart.empty.map((t) => `“${t}”`))} falls in the years asked for`);
  if (chart.panels.length === 0) return { ...base, errors, chart: null };
  return { ...base, errors, chart: { ...chart, subtitle: state.subtitle || defaultSubtitle(chart, state) } };
}

/** The explorer state of a query, resolved against the data, uncached: a file reads it again after a publish. */
export const fetchExploreView = (query: string): Promise<ExploreView> => resolve(new URLSearchParams(query));

/** fetchExploreView, cached per request (page and metadata share it). */
export const getExploreView = cache(fetchExploreView);

/** Topics whose name starts with one of the words typed ("arms" → arms transfers). */
function topicsFor(text: string) {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 3);
  return TOPICS.filter((t) =>
    words.some((w) =>
      TOPIC_INFO[t].title
        .toLowerCase()
        .split(" ")
        .some((tw) => tw.startsWith(w)),
    ),
  );
}

/** Series matching what a reader typed: by title, entity, measure, description, quoted sentence or topic. */
export async function suggest(text: string): Promise<SeriesChoice[]> {
  const clipped = text.slice(0, 100);
  return suggestSeries(toFtsQuery(clipped), topicsFor(clipped), SUGGEST_LIMIT);
}

export type AddResult = { kind: "added"; query: string } | { kind: "choose"; choices: SeriesChoice[] };

/** The no-JavaScript picker: a typed name adds the series it names exactly, or offers the matches. */
export async function addByName(state: ExploreState, text: string): Promise<AddResult> {
  const wanted = text.trim().toLowerCase();
  const choices = wanted ? await suggest(wanted) : [];
  const exact = choices.find((c) => c.slug === wanted || c.title.toLowerCase() === wanted);
  const pick = exact ?? (choices.length === 1 ? choices[0] : undefined);
  if (pick) return { kind: "added", query: serialiseExploreState(withSeries(state, pick.slug)) };
  return { kind: "choose", choices };
}
