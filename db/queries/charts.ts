import "server-only";
import { cache } from "react";
import { buildChartSpec } from "@/lib/chart/build";
import type { ChartSpec } from "@/lib/chart/types";
import { getChartDef } from "@/lib/charts";
import { getAllSeriesData } from "./series";

/** The spec of a chart id, or null for an unknown id. All charts come from the one cached series query. */
export const getChartSpec = cache(async (id: string): Promise<ChartSpec | null> => {
  const data = await getAllSeriesData();
  const def = getChartDef(id, data);
  return def ? buildChartSpec(def, data) : null;
});
