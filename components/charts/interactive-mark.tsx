"use client";

// One value of the interactive view: its glyph (the static chart's own, from lib/chart/scene-marks), its
// value label with footnote numbers, and the events that open its tooltip. A link to its first footnote,
// as on the static chart; only the mark the reader is on is a tab stop, arrow keys reach the others.
import { useRef } from "react";
import type { InteractiveMark } from "@/lib/chart/interactive-spec";
import type { Glyph } from "@/lib/chart/scene-marks";
import type { ChartPoint } from "@/lib/chart/types";
import { Prim } from "./chart-svg";

/** Where a mark's tooltip points, in the plot's pixels. */
export type Anchor = { x: number; y: number };

export type MarkEvents = {
  /** The mark that is the tab stop: the active one, else the first. */
  tabStop: string | null;
  active: string | null;
  tooltipId: string;
  show(id: string, at: Anchor): void;
  /** The pointer left the mark: the tooltip stays while the pointer moves onto it. */
  leave(): void;
};

export type LabelAt = { x: number; y: number; anchor: "start" | "middle" | "end"; onBar?: boolean };

type Props = {
  chartId: string;
  point: ChartPoint;
  mark: InteractiveMark;
  glyph: Glyph;
  anchor: Anchor;
  /** Null where the chart is too crowded for this value's label (its tooltip still says it). */
  label: LabelAt | null;
  events: MarkEvents;
};

/** "≤ $4B" with its footnote numbers raised after it, as the static chart's value label. */
function ValueLabel({ point, mark, at }: { point: ChartPoint; mark: InteractiveMark; at: LabelAt }) {
  const fill = at.onBar ? "var(--chart-bg)" : "var(--chart-fg)";
  return (
    <text
      x={at.x}
      y={at.y}
      textAnchor={at.anchor}
      fontSize={12.5}
      className={at.onBar ? undefined : "chart-halo"}
      style={{ fill }}
      aria-hidden="true"
    >
      {point.label}
      {mark.footnoteText ? (
        <tspan dx={2} dy={-5} fontSize={10} fontWeight={600} style={{ fill: at.onBar ? fill : "var(--chart-accent)" }}>
          {mark.footnoteText}
        </tspan>
      ) : null}
    </text>
  );
}

export function MarkView({ chartId, point, mark, glyph, anchor, label, events }: Props) {
  const first = point.footnotes[0];
  const active = events.active === point.id;
  // A tap opens the tooltip first (a finger cannot hover); a second tap, a click or Enter follows the link.
  const follow = useRef(true);
  // An invisible box over the glyph, so a thin dotted period or a small point is easy to hover.
  const { x0, y0, x1, y1 } = glyph.box;
  return (
    <g data-imark-group={point.id} data-active={active || undefined}>
      <a
        className="chart-mark"
        href={first === undefined ? undefined : `#fn-${chartId}-${first}`}
        role={first === undefined ? "img" : undefined}
        tabIndex={events.tabStop === point.id ? 0 : -1}
        aria-label={mark.ariaLabel}
        aria-describedby={active ? events.tooltipId : undefined}
        data-imark={point.id}
        data-footnotes={point.footnotes.join(" ")}
        onFocus={() => events.show(point.id, anchor)}
        onMouseEnter={() => events.show(point.id, anchor)}
        onMouseLeave={events.leave}
        onPointerDown={(e) => (follow.current = e.pointerType !== "touch" || active)}
        onClick={(e) => {
          if (!follow.current) e.preventDefault();
          follow.current = true;
        }}
      >
        <rect x={x0 - 4} y={y0 - 4} width={x1 - x0 + 8} height={y1 - y0 + 8} fill="transparent" />
        {glyph.prims.map((p, i) => (
          <Prim key={i} p={p} chartId={chartId} hidden />
        ))}
      </a>
      {label ? <ValueLabel point={point} mark={mark} at={label} /> : null}
    </g>
  );
}
