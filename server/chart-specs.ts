import "server-only";
import { buildChartSpec } from "@/lib/chart/build";
import type { ChartSpec } from "@/lib/chart/types";
import { getChartDef, SERIES_CHART_PREFIX } from "@/lib/registry/charts";
import { fetchSeriesSummaries, getSeriesData } from "../db/queries/series";
import { cachePerAttempt } from "@/db/queries/read-attempt";

/**
 * The spec of a chart id, or null for an unknown id, without React's cache of the spec itself.
 * It reads only the series the chart draws: loading every series made each page's cost grow with the
 * whole dataset (see docs/benchmarks.md, Scale). The series rows come from getSeriesData, so a series
 * page that also asks for its series runs the query once per request.
 */
export async function fetchChartSpec(id: string): Promise<ChartSpec | null> {
  // Story charts are defined in code; only a series chart needs its series' title and unit to resolve.
  const summaries = id.startsWith(SERIES_CHART_PREFIX)
    ? await fetchSeriesSummaries(id.slice(SERIES_CHART_PREFIX.length))
    : [];
  const def = getChartDef(id, summaries);
  if (!def) return null;
  // Events are observations of other series (ids start with their series' slug); load those too.
  const eventSeries = (def.events ?? []).map((e) => e.observation.split("/")[0] ?? "");
  return buildChartSpec(def, await getSeriesData(...new Set([...def.series, ...eventSeries])));
}

/** The spec of a chart id, or null for an unknown id; cached per request. */
export const getChartSpec = cachePerAttempt(fetchChartSpec);
