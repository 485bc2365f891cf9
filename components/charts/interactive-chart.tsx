"use client";

// The interactive view of a chart spec (zoomable tooltips, hover), loaded only when a reader asks for
// it: the server-drawn SVG is the first paint and works without JavaScript.
import { scaleLinear } from "d3-scale";
import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { InteractiveSpec } from "@/lib/chart/interactive-spec";
import type { ChartPoint } from "@/lib/chart/types";
import { formatValue } from "@/lib/model/format";

const COLORS = [
  "var(--chart-series-0)",
  "var(--chart-series-1)",
  "var(--chart-series-2)",
  "var(--chart-series-3)",
  "var(--chart-series-4)",
  "var(--chart-series-5)",
];

type MarkProps = { cx?: number; cy?: number; payload?: ChartPoint; fill?: string };

function Mark({ cx = 0, cy = 0, payload, fill }: MarkProps) {
  if (!payload) return null;
  const hollow = payload.bound === "approx" || payload.derived;
  const arrow = payload.bound === "min" ? -1 : payload.bound === "max" ? 1 : 0;
  return (
    <g>
      {arrow !== 0 ? (
        <path
          d={`M${cx} ${cy}v${arrow * 18}m-5 ${-arrow * 6}l5 ${arrow * 6}l5 ${-arrow * 6}`}
          stroke={fill}
          strokeWidth={2}
          fill="none"
        />
      ) : null}
      <circle
        cx={cx}
        cy={cy}
        r={5}
        fill={hollow ? "var(--chart-bg)" : fill}
        stroke={fill}
        strokeWidth={2}
        strokeDasharray={payload.derived ? "3 2" : undefined}
      />
    </g>
  );
}

function TooltipBody({ active, payload }: { active?: boolean; payload?: { payload?: ChartPoint }[] }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="max-w-xs rounded border border-[var(--rule)] bg-[var(--bg)] p-2 text-sm shadow">
      <div className="font-semibold">{p.description}</div>
      {p.details.map((line) => (
        <div key={line} className="text-xs text-[var(--muted)]">
          {line}
        </div>
      ))}
      <div className="text-xs">Sources: {p.footnotes.map((n) => `[${n}]`).join(" ") || "derived"}</div>
    </div>
  );
}

/** Year labels sit under the middle of each year, where annual values are drawn; value ticks are round. */
function axes(spec: InteractiveSpec) {
  const years: number[] = [];
  for (let y = spec.xDomain[0]; y < spec.xDomain[1]; y++) years.push(y + 0.5);
  const y = scaleLinear().domain(spec.yDomain).nice();
  return { xTicks: years, yTicks: y.ticks(5), yDomain: y.domain() as [number, number] };
}

export function InteractiveChart({ spec }: { spec: InteractiveSpec }) {
  const byId = new Map(spec.series.flatMap((s) => s.points.map((p) => [p.id, p])));
  const { xTicks, yTicks, yDomain } = axes(spec);
  return (
    <div className="h-80 w-full" data-interactive-chart={spec.id}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis
            type="number"
            dataKey="mid"
            domain={spec.xDomain}
            ticks={xTicks}
            interval="preserveStartEnd"
            allowDataOverflow
            tickFormatter={(v: number) => String(Math.floor(v))}
            stroke="var(--chart-muted)"
          />
          <YAxis
            type="number"
            dataKey="value"
            domain={yDomain}
            ticks={yTicks}
            tickFormatter={(v: number) => formatValue(v, spec.unit)}
            stroke="var(--chart-muted)"
            width={64}
          />
          <Tooltip content={<TooltipBody />} />
          {spec.series.flatMap((s) => [
            ...s.segments.map((ids) => (
              <Line
                key={`${s.slug}-${ids[0]}`}
                data={ids.flatMap((id) => byId.get(id) ?? [])}
                dataKey="value"
                stroke={COLORS[s.colorIndex]}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
                strokeDasharray={ids.some((id) => byId.get(id)?.derived) ? "5 4" : undefined}
              />
            )),
            // A whole period is a thick bar, an uncertain moment a dotted line, as on the static chart. Both ends
            // carry the whole point, so hovering the line shows the same tooltip as its mark.
            ...s.points
              .filter((p) => p.isInterval || p.periodKind === "uncertain")
              .map((p) => (
                <Line
                  key={`${p.id}-span`}
                  data={[
                    { ...p, mid: p.start },
                    { ...p, mid: p.end },
                  ]}
                  dataKey="value"
                  stroke={COLORS[s.colorIndex]}
                  strokeWidth={p.isInterval ? 4 : 2.5}
                  strokeDasharray={p.isInterval ? undefined : "1 4"}
                  dot={false}
                  isAnimationActive={false}
                />
              )),
            <Scatter
              key={s.slug}
              name={s.title}
              data={s.points}
              fill={COLORS[s.colorIndex]}
              shape={<Mark />}
              isAnimationActive={false}
            />,
          ])}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
