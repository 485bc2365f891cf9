// Every URL of the dashboard, built in one place: a page, a component and a test can never spell one
// differently, and renaming a route is one edit.

export type ChartFileFormat = "svg" | "png" | "pdf" | "csv" | "json";

const enc = encodeURIComponent;

function withQuery(path: string, query?: Record<string, string | number> | URLSearchParams): string {
  const params = query instanceof URLSearchParams ? query : new URLSearchParams(stringValues(query ?? {}));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function joinQuery(query: string, options?: Record<string, string | number>): string {
  const extra = new URLSearchParams(stringValues(options ?? {})).toString();
  const all = [query, extra].filter((q) => q !== "").join("&");
  return all ? `?${all}` : "";
}

function stringValues(query: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]));
}

export const routes = {
  home: () => "/",
  sources: () => "/sources",
  source: (id: string) => `/sources/${enc(id)}`,
  series: (slug: string) => `/series/${enc(slug)}`,
  story: (slug: string) => `/stories/${enc(slug)}`,
  topic: (topic: string) => `/topics/${enc(topic)}`,
  /** A chart on its story page: the story's URL with the chart's anchor. */
  storyChart: (storySlug: string, chartId: string) => `/stories/${enc(storySlug)}#${chartAnchor(chartId)}`,
  embed: (chartId: string, query?: Record<string, string | number> | URLSearchParams) =>
    withQuery(`/embed/${enc(chartId)}`, query),
  embedScript: () => "/embed.js",
  chartFile: (chartId: string, format: ChartFileFormat, query?: Record<string, string | number>) =>
    withQuery(`/charts/${enc(chartId)}.${format}`, query),
  oembed: (url: string) => withQuery("/oembed", { url, format: "json" }),
  /** The public data API (issue 10): `path` is below /api/v1, e.g. "/series". */
  api: (path: string, query?: Record<string, string | number> | URLSearchParams) => withQuery(`/api/v1${path}`, query),
  apiSeries: (slug: string) => `/api/v1/series/${enc(slug)}`,
  apiDocs: () => "/developers",
  /** The whole dataset as a Frictionless Data Package descriptor. */
  dataPackage: () => "/api/v1/datapackage.json",
  search: (q?: string) => withQuery("/search", q ? { q } : undefined),
  /** Every publish of the data, newest first (issue 12); `publishId` lands on one. */
  changes: (publishId?: number) => (publishId === undefined ? "/changes" : `/changes#publish-${publishId}`),
  changesFeed: () => "/changes.xml",
  /** A figure's change in its series' history. */
  seriesChange: (slug: string, changeId: number) => `/series/${enc(slug)}#change-${changeId}`,
  /** The explorer (issue 10); `query` is its canonical state (lib/explore/state.ts), without the "?". */
  explore: (query = "") => (query ? `/explore?${query}` : "/explore"),
  /** The explorer's chart as a file: the same state, plus the file's own options (width, theme, …). */
  exploreFile: (format: ChartFileFormat, query = "", options?: Record<string, string | number>) =>
    `/explore/chart.${format}${joinQuery(query, options)}`,
  exploreEmbed: (query = "") => (query ? `/explore/embed?${query}` : "/explore/embed"),
  /** The explorer's type-ahead (JSON), for the picker island. */
  exploreSuggest: (q: string) => withQuery("/explore/suggest", { q }),
} as const;

/** The id of one figure's row in a chart's table of values (or its card), so a link lands on its sources. */
export function figureAnchor(chartId: string, observationId: string): string {
  return `figure-${chartId}-${observationId}`;
}

/** The id of a chart's figure on a page, so a permalink lands on it. */
export function chartAnchor(chartId: string): string {
  return `chart-${chartId}`;
}
