// Every chart the dashboard can show, by id: the story charts and one chart per series.
import type { ChartDef } from "../chart/build";
import { STORIES } from "./stories";
import { UNIT_INFO, isUnit } from "../model/units";

export type SeriesSummary = { slug: string; title: string; unit: string; description: string | null };

export const SERIES_CHART_PREFIX = "series-";

export function seriesChartDef(s: SeriesSummary): ChartDef {
  const unitLabel = isUnit(s.unit) ? UNIT_INFO[s.unit].label : s.unit;
  return {
    id: `${SERIES_CHART_PREFIX}${s.slug}`,
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

/** Where a chart lives on the dashboard, as a path: its section of a story, or its series page. */
export function chartPagePath(id: string): string | null {
  const story = STORIES.find((s) => s.charts.some((c) => c.id === id));
  if (story) return `/stories/${story.slug}#chart-${id}`;
  return id.startsWith(SERIES_CHART_PREFIX) ? `/series/${id.slice(SERIES_CHART_PREFIX.length)}` : null;
}
