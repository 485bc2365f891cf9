// A panel chart (compose.ts) laid out as one Scene, so the page SVG, the SVG/PNG/PDF files and the embed draw
// it with the renderers every chart uses (svg.ts, png.ts, pdf.ts). Each panel's plot is its chart kind's own
// layout (kinds/registry.ts); this file only stacks them, lines their time axes up, and frames the whole with
// the header, the legend of every mark kind present, the notes and the numbered sources.
import type { Credit } from "../credit";
import { chartKind } from "../kinds/registry";
import type { PlotResult } from "../kinds/kind-module";
import type { Frame } from "../scene-axes";
import {
  closingParts,
  dataNotes,
  labelledMarks,
  paragraph,
  valueNotes,
  type Block,
  type ChartNote,
} from "../scene-frame";
import { legendPrims, type LegendItem } from "../scene-legend";
import { seriesRole } from "../scene-marks";
import { MIN_WIDTH } from "../scene";
import { flatten, part, type Primitive, type Scene } from "../scene-types";
import type { ChartSpec } from "../types";
import type { PanelChart } from "./compose";

export type PanelLayoutOptions = { width: number; standalone: boolean; credit?: Credit };

const PANEL_GAP = 18;

/** The mark kinds present anywhere, each explained once, with the glyph of the first kind that draws it. */
export function panelLegendItems(chart: PanelChart): LegendItem[] {
  const seen = new Set<string>();
  const items: LegendItem[] = [];
  for (const kind of new Set(chart.panels.map((p) => p.kind))) {
    const of = chart.panels.filter((p) => p.kind === kind);
    const first = of[0];
    if (!first) continue;
    const marks = Object.fromEntries(
      Object.keys(first.marks).map((k) => [k, of.some((p) => p.marks[k as keyof ChartSpec["marks"]])]),
    ) as ChartSpec["marks"];
    for (const item of chartKind(kind).legendItems({ ...first, marks })) {
      if (seen.has(item.label)) continue;
      seen.add(item.label);
      items.push(item);
    }
  }
  return items;
}

/** The left edge of a plot's value grid (its axis group's first horizontal line): where its time axis starts. */
function plotLeft(prims: Primitive[]): number | null {
  for (const p of prims) {
    if (p.type !== "group") continue;
    const line =
      p.role === "axis"
        ? flatten(p.children).find((c) => c.type === "line" && c.y1 === c.y2 && c.x2 > c.x1)
        : undefined;
    if (line?.type === "line") return line.x1;
    const inner = p.role === undefined ? plotLeft(p.children) : null;
    if (inner !== null) return inner;
  }
  return null;
}

/** A single-series time panel has no key of its own: a line in its colour says which series it is. */
function panelKey(spec: ChartSpec, x: number, y: number, width: number): Block {
  const s = spec.series[0];
  if (spec.kind !== "time" || spec.series.length !== 1 || !s) return { prims: [], bottom: y };
  const text = paragraph(s.title, x + 26, y, width - 26, { size: 12, weight: 600, fill: "fg", leading: 1.3 });
  const cy = y + 12 * 0.55;
  const line: Primitive = {
    type: "line",
    x1: x,
    y1: cy,
    x2: x + 20,
    y2: cy,
    stroke: seriesRole(s.colorIndex),
    strokeWidth: 3,
  };
  return { prims: [line, ...text.prims], bottom: text.bottom + 4 };
}

/**
 * Each time panel is laid out, then shifted right by what its value labels need less than the widest's, so
 * every time axis starts and ends at the same x. Tick choice depends a little on the width, hence a few rounds.
 */
function alignedPlots(panels: ChartSpec[], x: number, width: number): ((y: number) => PlotResult)[] {
  const insets = panels.map(() => 0);
  for (let round = 0; round < 3; round++) {
    const lefts = panels.map((p, i) =>
      p.kind === "time"
        ? plotLeft(
            chartKind(p.kind).layout(p, { x: x + (insets[i] ?? 0), y: 0, width: width - (insets[i] ?? 0) }).prims,
          )
        : null,
    );
    const widest = Math.max(...lefts.map((l) => l ?? -Infinity));
    if (lefts.every((l) => l === null || Math.abs(l - widest) < 0.5)) break;
    lefts.forEach((l, i) => {
      if (l !== null) insets[i] = (insets[i] ?? 0) + (widest - l);
    });
  }
  return panels.map((p, i) => {
    const inset = insets[i] ?? 0;
    return (y: number) => chartKind(p.kind).layout(p, { x: x + inset, y, width: width - inset } satisfies Frame);
  });
}

/** The panels stacked from `y`, each with its key and plot. */
function panelStack(chart: PanelChart, x: number, y: number, width: number): Block {
  const plots = alignedPlots(chart.panels, x, width);
  const prims: Primitive[] = [];
  let bottom = y;
  chart.panels.forEach((spec, i) => {
    const key = panelKey(spec, x, bottom, width);
    const plot = plots[i]?.(key.bottom);
    if (!plot) return;
    prims.push(part("key", key.prims), ...plot.prims);
    bottom = key.bottom + plot.height + PANEL_GAP;
  });
  return { prims, bottom: bottom - PANEL_GAP };
}

function header(chart: PanelChart, x: number, y: number, width: number): Block {
  const narrow = width < 520;
  const title = paragraph(chart.title, x, y, width, { size: narrow ? 17 : 21, weight: 700, fill: "fg", leading: 1.22 });
  if (!chart.subtitle) return title;
  const sub = paragraph(chart.subtitle, x, title.bottom + 4, width, {
    size: narrow ? 13 : 14.5,
    weight: 400,
    fill: "muted",
    leading: 1.35,
  });
  return { prims: [...title.prims, ...sub.prims], bottom: sub.bottom };
}

/** The notes under a compared chart: its author's, labelled as theirs, then the data's (which no one edits). */
export function allNotes(chart: PanelChart): ChartNote[] {
  return [
    ...(chart.note ? [{ kind: "author" as const, label: "Chart author’s note", text: chart.note }] : []),
    ...dataNotes(chart.notes),
  ];
}

/** The notes of a compared chart shown without its table of values (its embed): then what qualifies each value. */
export function embedNotes(chart: PanelChart): ChartNote[] {
  return [...allNotes(chart), ...valueNotes(chart.panels.flatMap((p) => p.series))];
}

function standalone(chart: PanelChart, width: number, credit?: Credit): { prims: Primitive[]; height: number } {
  const pad = width < 560 ? 14 : 24;
  const inner = width - 2 * pad;
  const head = header(chart, pad, pad, inner);
  const legend = legendPrims(panelLegendItems(chart), pad, head.bottom + 10, inner);
  const body = panelStack(chart, pad, legend.bottom + 10, inner);
  const series = chart.panels.flatMap((p) => p.series);
  const notes = [...allNotes(chart), ...valueNotes(series, labelledMarks(body.prims))];
  const closing = closingParts(notes, chart.footnotes, body.bottom + 10, { pad, width, credit });
  const prims = [part("header", head.prims), part("legend", legend.prims), ...body.prims, ...closing.prims];
  return { prims, height: closing.height };
}

export function layoutPanels(chart: PanelChart, opts: PanelLayoutOptions): Scene {
  const width = Math.max(MIN_WIDTH, Math.round(opts.width));
  const base = { width, chartId: chart.id, title: chart.title, summary: chart.summary, standalone: opts.standalone };
  if (opts.standalone) {
    const whole = standalone(chart, width, opts.credit);
    return { ...base, height: whole.height, children: whole.prims };
  }
  const body = panelStack(chart, 2, 4, width - 4);
  return { ...base, height: Math.ceil(body.bottom + 8), children: body.prims };
}
