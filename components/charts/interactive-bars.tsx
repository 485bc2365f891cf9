"use client";

// A bar chart in Recharts: Recharts draws the value axis and grid and gives the scale; each bar is the
// static chart's own glyph (lib/chart/scene-marks), its category above it and its value label at its end.
import { scaleLinear } from "d3-scale";
import { CartesianGrid, ComposedChart, XAxis, YAxis, usePlotArea, useXAxisScale } from "recharts";
import type { InteractiveSpec } from "@/lib/chart/interactive-spec";
import { boundedBarGlyph, seriesRole, type Glyph } from "@/lib/chart/scene-marks";
import type { ChartPoint } from "@/lib/chart/types";
import { formatValue } from "@/lib/model/format";
import { MarkView, type MarkEvents } from "./interactive-mark";

const ROW = 46;
const BAR = 18;
/** Room right of the longest bar for its arrow and value label. */
const END_ROOM = 120;

type Row = { point: ChartPoint; colorIndex: number };

function rowsOf(spec: InteractiveSpec): Row[] {
  return spec.series.flatMap((s) => s.points.map((point) => ({ point, colorIndex: s.colorIndex })));
}

/** The order arrow keys walk a bar chart: top to bottom. */
export function barsOrder(spec: InteractiveSpec): string[] {
  return rowsOf(spec).map((r) => r.point.id);
}

function glyphOf(r: Row, x: (v: number) => number, zero: number, barY: number): Glyph {
  const p = r.point;
  const style = { color: seriesRole(r.colorIndex), bound: p.bound, derived: p.derived };
  const { prims, box } = boundedBarGlyph(style, zero, x(p.value), barY, BAR);
  return { prims, box };
}

function BarMarks({ spec, events }: { spec: InteractiveSpec; events: MarkEvents }) {
  const xs = useXAxisScale();
  const plot = usePlotArea();
  if (!xs || !plot) return null;
  const x = (v: number) => xs(v) ?? 0;
  const zero = x(spec.yDomain[0]);
  return (
    <g data-interactive-marks>
      {rowsOf(spec).map((r, i) => {
        const top = plot.y + i * ROW;
        const barY = top + 22;
        const glyph = glyphOf(r, x, zero, barY);
        const mark = spec.marks[r.point.id] ?? { ariaLabel: r.point.description, who: null, footnoteText: "" };
        return (
          <g key={r.point.id}>
            <text
              x={plot.x}
              y={top + 14}
              fontSize={12}
              fontWeight={600}
              style={{ fill: "var(--chart-fg)" }}
              aria-hidden="true"
            >
              {mark.who}
            </text>
            <MarkView
              chartId={spec.id}
              point={r.point}
              mark={mark}
              glyph={glyph}
              anchor={{ x: glyph.box.x1, y: barY + BAR / 2 }}
              label={{ x: glyph.box.x1 + 5, y: barY + BAR / 2 + 4.5, anchor: "start" }}
              events={events}
            />
          </g>
        );
      })}
    </g>
  );
}

export function BarsPlot({ spec, events, width }: { spec: InteractiveSpec; events: MarkEvents; width: number }) {
  const rows = rowsOf(spec).length;
  const x = scaleLinear().domain(spec.yDomain).nice();
  const ticks = x.ticks(Math.max(2, Math.min(6, Math.floor((width - END_ROOM) / 90))));
  return (
    <ComposedChart
      width={width}
      height={rows * ROW + 40}
      accessibilityLayer={false}
      margin={{ top: 4, right: END_ROOM, bottom: 4, left: 16 }}
    >
      <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
      <XAxis
        type="number"
        dataKey="value"
        domain={x.domain() as [number, number]}
        ticks={ticks}
        interval={0}
        allowDataOverflow
        tickFormatter={(v: number) => formatValue(v, spec.unit)}
        stroke="var(--chart-axis)"
        tick={{ fill: "var(--chart-muted)", fontSize: 12 }}
      />
      <YAxis type="number" domain={[0, 1]} hide />
      <BarMarks spec={spec} events={events} />
    </ComposedChart>
  );
}
