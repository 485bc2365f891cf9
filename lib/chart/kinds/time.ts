// Time charts: x is time; adjacent single periods join into lines; a missing year is said in words.
import { gapNote, segmentsOf } from "../time-series";
import { timeLegendItems } from "../scene-legend";
import { layoutTime } from "../scene-time";
import type { ChartKindModule } from "./kind-module";

export const timeChart: ChartKindModule = {
  segments: segmentsOf,
  autoNotes: (series) => [gapNote(series)].flatMap((n) => n ?? []),
  layout: layoutTime,
  legendItems: timeLegendItems,
  interactive: true,
};
