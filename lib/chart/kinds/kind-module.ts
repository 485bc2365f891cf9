// The contract every chart kind meets: its spec rules (which points join, which notes it adds) and its
// layout (plot and legend). A new kind is one module implementing this plus one entry in registry.ts.
import type { Frame } from "../scene-axes";
import type { LegendItem } from "../scene-legend";
import type { Primitive } from "../scene-types";
import type { ChartPoint, ChartSeries, ChartSpec } from "../types";

export type PlotResult = { prims: Primitive[]; height: number };

export type ChartKindModule = {
  /** Runs of point ids drawn joined by a line; empty when the kind never joins points. */
  segments(points: ChartPoint[]): string[][];
  /** Notes the kind adds in words (e.g. the years a line skips). */
  autoNotes(series: ChartSeries[]): string[];
  /** The plot: axes, marks, labels. */
  layout(spec: ChartSpec, frame: Frame): PlotResult;
  /** The legend of the marks this kind draws for the spec: only those present. */
  legendItems(spec: ChartSpec): LegendItem[];
  /** Whether the interactive (Recharts) view can draw this kind. */
  interactive: boolean;
};
