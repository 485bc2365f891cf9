// Bar charts: one horizontal bar per figure, by category; bars never join and add no notes of their own.
import { barLegendItems } from "../scene-legend";
import { layoutBars } from "../scene-bars";
import type { ChartKindModule } from "./kind-module";

export const barsChart: ChartKindModule = {
  segments: () => [],
  autoNotes: () => [],
  layout: layoutBars,
  legendItems: barLegendItems,
  interactive: true,
};
