// layoutChart: a ChartSpec laid out at a width as a Scene (scene-types.ts) — pure, no DOM, no fonts loaded.
// standalone: true (images) adds the title, legend, notes and written-out sources around the plot;
// standalone: false (the page) is the plot only, since the page writes those in HTML.
import type { Frame } from "./scene-axes";
import type { Credit } from "./credit";
import { closingParts, dataNotes, headerBlock, labelledMarks, valueNotes } from "./scene-frame";
import { legendPrims } from "./scene-legend";
import { chartKind } from "./kinds/registry";
import type { PlotResult } from "./kinds/kind-module";
import { part, type Primitive, type Scene } from "./scene-types";
import type { ChartSpec } from "./types";

export type { Scene } from "./scene-types";

export type LayoutOptions = {
  width: number;
  standalone: boolean;
  /** Standalone only: a last line with the site, the data version and the chart's address (files). */
  credit?: Credit;
};

/** Narrowest width a layout is made for; narrower requests are laid out at this width. */
export const MIN_WIDTH = 280;

function plot(spec: ChartSpec, frame: Frame): PlotResult {
  return chartKind(spec.kind).layout(spec, frame);
}

function standaloneParts(spec: ChartSpec, width: number, credit?: Credit): { prims: Primitive[]; height: number } {
  const pad = width < 560 ? 14 : 24;
  const inner = width - 2 * pad;
  const head = headerBlock(spec, pad, pad, inner);
  const legend = legendPrims(chartKind(spec.kind).legendItems(spec), pad, head.bottom + 10, inner);
  const body = plot(spec, { x: pad, y: legend.bottom + 10, width: inner });
  const plotBottom = legend.bottom + 10 + body.height;
  const notes = [...dataNotes(spec.notes), ...valueNotes(spec.series, labelledMarks(body.prims))];
  const closing = closingParts(notes, spec.footnotes, plotBottom + 10, { pad, width, credit });
  const prims = [part("header", head.prims), part("legend", legend.prims), ...body.prims, ...closing.prims];
  return { prims, height: closing.height };
}

export function layoutChart(spec: ChartSpec, opts: LayoutOptions): Scene {
  const width = Math.max(MIN_WIDTH, Math.round(opts.width));
  const base = { width, chartId: spec.id, title: spec.title, summary: spec.summary, standalone: opts.standalone };
  if (opts.standalone) {
    const parts = standaloneParts(spec, width, opts.credit);
    return { ...base, height: parts.height, children: parts.prims };
  }
  const body = plot(spec, { x: 2, y: 4, width: width - 4 });
  return { ...base, height: Math.ceil(body.height + 8), children: body.prims };
}
