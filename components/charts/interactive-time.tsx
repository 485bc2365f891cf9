"use client";

// A time chart in Recharts: Recharts draws the axes and grid and gives the scales; every mark is the
// static chart's own glyph (lib/chart/scene-marks), so bounds, derived values, periods and uncertain
// moments are encoded exactly as on the server-drawn chart.
import { scaleLinear } from "d3-scale";
import { CartesianGrid, ComposedChart, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale } from "recharts";
import type { InteractiveSpec } from "@/lib/chart/interactive-spec";
import {
  ARROW_LEN,
  DERIVED_LINE_DASH,
  arrow,
  boundDirection,
  intervalGlyph,
  intervalHalfHeight,
  pointGlyph,
  rangeGlyph,
  seriesRole,
  uncertainGlyph,
  unionBox,
  type Glyph,
} from "@/lib/chart/scene-marks";
import type { ChartPoint } from "@/lib/chart/types";
import { formatValue } from "@/lib/model/format";
import { MarkView, type Anchor, type LabelAt, type MarkEvents } from "./interactive-mark";

type Scale = (v: number) => number;
type Placed = { point: ChartPoint; color: number; at: Anchor; glyph: Glyph };

const LABEL_ROW = 15;

/** The order arrow keys walk a time chart: by time, then by series. */
export function timeOrder(spec: InteractiveSpec): string[] {
  return spec.series
    .flatMap((s, i) => s.points.map((p) => ({ p, i })))
    .sort((a, b) => a.p.mid - b.p.mid || a.i - b.i)
    .map(({ p }) => p.id);
}

/** Marks of several series at one period whose values are close are set side by side, as on the static chart. */
function anchors(spec: InteractiveSpec, x: Scale, y: Scale, r: number): Map<string, Anchor> {
  const at = new Map<string, Anchor>();
  const byMid = new Map<string, { a: Anchor; arrow: boolean }[]>();
  for (const p of spec.series.flatMap((s) => s.points)) {
    const a = { x: x(p.isInterval ? (p.start + p.end) / 2 : p.mid), y: y(p.value) };
    at.set(p.id, a);
    if (p.isInterval) continue;
    const key = p.mid.toFixed(3);
    byMid.set(key, [...(byMid.get(key) ?? []), { a, arrow: p.bound === "min" || p.bound === "max" }]);
  }
  const step = 2 * r + 3;
  for (const group of byMid.values()) {
    const close = group.some((m, i) =>
      group.some((n, j) => i < j && Math.abs(m.a.y - n.a.y) < step + (m.arrow || n.arrow ? ARROW_LEN : 0)),
    );
    if (close) group.forEach((m, i) => (m.a.x += (i - (group.length - 1) / 2) * step));
  }
  return at;
}

function glyphOf(p: ChartPoint, colorIndex: number, at: Anchor, x: Scale, y: Scale, r: number): Glyph {
  const style = { color: seriesRole(colorIndex), bound: p.bound, derived: p.derived };
  const body = p.isInterval
    ? intervalGlyph(style, x(p.start), x(p.end), at.y)
    : p.periodKind === "uncertain"
      ? uncertainGlyph(style, x(p.start), x(p.end), at.y)
      : p.valueHigh !== null
        ? rangeGlyph(style, at.x, at.y, y(p.valueHigh))
        : pointGlyph(style, at.x, at.y, r);
  const dir = boundDirection(p.bound);
  if (!dir) return body;
  const reach = p.isInterval ? intervalHalfHeight(style) : r;
  const tail = arrow(dir, at.x, dir === "up" ? at.y - reach : at.y + reach, ARROW_LEN, style.color);
  return { prims: [...tail.prims, ...body.prims], box: unionBox(body.box, tail.box) };
}

/** Beside an "at least" arrow (which points up), else above the mark; null when the chart is crowded. */
function labelAt(m: Placed, labelled: boolean): LabelAt | null {
  if (!labelled) return null;
  if (m.point.bound === "min" && !m.point.isInterval && m.point.periodKind !== "uncertain")
    return { x: m.glyph.box.x1 + 4, y: m.at.y + 4, anchor: "start" };
  if (m.point.bound === "min") return { x: m.at.x, y: m.glyph.box.y1 + 14, anchor: "middle" };
  return { x: m.at.x, y: m.glyph.box.y0 - 5, anchor: "middle" };
}

/** Too many marks for a label on each: then, as on the static chart, only periods and each series' last value. */
function labelledIds(spec: InteractiveSpec, plotWidth: number): Set<string> {
  const all = spec.series.flatMap((s) => s.points);
  if (all.length * 45 <= plotWidth) return new Set(all.map((p) => p.id));
  return new Set(
    spec.series.flatMap((s) => {
      const last = s.points.filter((p) => !p.isInterval).at(-1);
      return s.points.filter((p) => p.isInterval || p.periodKind === "uncertain" || p === last).map((p) => p.id);
    }),
  );
}

/** Each event on its own row above the plot, its dotted rule down to the axis; labels after every rule. */
function Annotations({ spec, x, top, bottom, left, right }: { spec: InteractiveSpec; x: Scale } & Bounds) {
  const rows = spec.annotations.map((a, i) => {
    const xa = x(a.at);
    return { a, xa, y: top - (spec.annotations.length - i) * LABEL_ROW + 10, end: xa > (left + right) / 2 };
  });
  return (
    <g aria-hidden="true" data-annotations>
      {rows.map(({ a, xa, y }) => (
        <line key={a.label} x1={xa} x2={xa} y1={y - 10} y2={bottom} stroke="var(--chart-muted)" strokeDasharray="2 3" />
      ))}
      {rows.map(({ a, xa, y, end }) => (
        <text
          key={a.label}
          x={end ? xa - 4 : xa + 4}
          y={y}
          textAnchor={end ? "end" : "start"}
          fontSize={11}
          className="chart-halo"
          style={{ fill: "var(--chart-muted)" }}
        >
          {a.label}
        </text>
      ))}
    </g>
  );
}

type Bounds = { top: number; bottom: number; left: number; right: number };

/** Drawn inside the Recharts chart, with its scales: joining lines, event rules, marks and labels. */
function TimeMarks({ spec, events }: { spec: InteractiveSpec; events: MarkEvents }) {
  const xs = useXAxisScale();
  const ys = useYAxisScale();
  const plot = usePlotArea();
  if (!xs || !ys || !plot) return null;
  const x: Scale = (v) => xs(v) ?? 0;
  const y: Scale = (v) => ys(v) ?? 0;
  const r = plot.width < 480 ? 4 : 4.5;
  const at = anchors(spec, x, y, r);
  const placed: Placed[] = spec.series.flatMap((s) =>
    s.points.map((p) => {
      const a = at.get(p.id) ?? { x: 0, y: 0 };
      return { point: p, color: s.colorIndex, at: a, glyph: glyphOf(p, s.colorIndex, a, x, y, r) };
    }),
  );
  // Periods first, so a single-year mark is never hidden under a long bar.
  placed.sort((a, b) => Number(b.point.isInterval) - Number(a.point.isInterval));
  const labelled = labelledIds(spec, plot.width);
  const bounds = { top: plot.y, bottom: plot.y + plot.height, left: plot.x, right: plot.x + plot.width };
  return (
    <g data-interactive-marks>
      <Annotations spec={spec} x={x} {...bounds} />
      <g aria-hidden="true">
        {spec.series.flatMap((s) =>
          s.segments.flatMap((run) =>
            run.slice(1).map((id, i) => {
              const a = s.points.find((p) => p.id === run[i]);
              const b = s.points.find((p) => p.id === id);
              const pa = at.get(run[i] ?? "");
              const pb = at.get(id);
              if (!a || !b || !pa || !pb) return null;
              return (
                <line
                  key={`${a.id}-${b.id}`}
                  x1={pa.x}
                  y1={pa.y}
                  x2={pb.x}
                  y2={pb.y}
                  stroke={`var(--chart-${seriesRole(s.colorIndex)})`}
                  strokeWidth={2}
                  strokeDasharray={a.derived || b.derived ? DERIVED_LINE_DASH : undefined}
                />
              );
            }),
          ),
        )}
      </g>
      {placed.map((m) => (
        <MarkView
          key={m.point.id}
          chartId={spec.id}
          point={m.point}
          mark={spec.marks[m.point.id] ?? { ariaLabel: m.point.description, who: null, footnoteText: "" }}
          glyph={m.glyph}
          anchor={{ x: m.at.x, y: m.glyph.box.y0 }}
          label={labelAt(m, labelled.has(m.point.id))}
          events={events}
        />
      ))}
    </g>
  );
}

/** Year labels under the middle of each year, where annual values are drawn; value ticks are round. */
function ticks(spec: InteractiveSpec, width: number) {
  const span = spec.xDomain[1] - spec.xDomain[0];
  const every = Math.max(1, Math.ceil((span * 40) / Math.max(1, width - 80)));
  const years: number[] = [];
  for (let y = spec.xDomain[0]; y < spec.xDomain[1]; y += every) years.push(y + 0.5);
  const y = scaleLinear().domain(spec.yDomain).nice();
  return { xTicks: years, yTicks: y.ticks(5), yDomain: y.domain() as [number, number] };
}

export function TimePlot({ spec, events, width }: { spec: InteractiveSpec; events: MarkEvents; width: number }) {
  const { xTicks, yTicks, yDomain } = ticks(spec, width);
  const height = width < 560 ? 300 : 340;
  // Room above the plot for each event's label and for an "at least" arrow on a value near the top.
  const top = 24 + spec.annotations.length * LABEL_ROW;
  return (
    <ComposedChart
      width={width}
      height={height}
      accessibilityLayer={false}
      margin={{ top, right: 16, bottom: 4, left: 4 }}
    >
      <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
      <XAxis
        type="number"
        dataKey="mid"
        domain={spec.xDomain}
        ticks={xTicks}
        allowDataOverflow
        tickFormatter={(v: number) => String(Math.floor(v))}
        stroke="var(--chart-axis)"
        tick={{ fill: "var(--chart-muted)", fontSize: 12 }}
      />
      <YAxis
        type="number"
        domain={yDomain}
        ticks={yTicks}
        allowDataOverflow
        tickFormatter={(v: number) => formatValue(v, spec.unit)}
        stroke="var(--chart-axis)"
        tick={{ fill: "var(--chart-muted)", fontSize: 12 }}
        width={width < 560 ? 48 : 64}
      />
      <TimeMarks spec={spec} events={events} />
    </ComposedChart>
  );
}
