// Every chart the dashboard can show, by id: the story charts and one chart per series.
import type { ChartDef } from "../chart/build";
import type { SeriesSummary } from "../model/types";
import { figureAnchor, routes } from "../site/routes";
import { STORIES } from "./stories";
import { UNIT_INFO } from "../model/units";

export const SERIES_CHART_PREFIX = "series-";

export function seriesChartDef(s: SeriesSummary): ChartDef {
  const unitLabel = UNIT_INFO[s.unit].label;
  return {
    id: seriesChartId(s.slug),
    kind: "time",
    title: s.title,
    subtitle: `${s.description ? `${s.description.replace(/\.$/, "")}; ` : ""}${unitLabel}`,
    series: [s.slug],
  };
}

export const STORY_CHARTS: ChartDef[] = STORIES.flatMap((s) => s.charts);

/** The definition of a chart id, or undefined; series charts need the series list to resolve. */
export function getChartDef(id: string, series: SeriesSummary[]): ChartDef | undefined {
  const story = STORY_CHARTS.find((c) => c.id === id);
  if (story) return story;
  if (!id.startsWith(SERIES_CHART_PREFIX)) return undefined;
  const s = series.find((x) => x.slug === id.slice(SERIES_CHART_PREFIX.length));
  return s && seriesChartDef(s);
}

/** The chart of one series. */
export function seriesChartId(slug: string): string {
  return `${SERIES_CHART_PREFIX}${slug}`;
}

/** A figure on its series page: its row of the table, whose footnotes quote its sentences (or its card). */
export function seriesFigurePath(slug: string, observationId: string): string {
  return `${routes.series(slug)}#${figureAnchor(seriesChartId(slug), observationId)}`;
}

/** Where a chart lives on the dashboard, as a path: its section of a story, or its series page. */
export function chartPagePath(id: string): string | null {
  const story = STORIES.find((s) => s.charts.some((c) => c.id === id));
  if (story) return routes.storyChart(story.slug, id);
  return id.startsWith(SERIES_CHART_PREFIX) ? routes.series(id.slice(SERIES_CHART_PREFIX.length)) : null;
}
