"use client";

// The interactive view of a chart spec, loaded only when a reader asks for it: the server-drawn SVG is the
// first paint and works without JavaScript. Every value has a tooltip (hover, or focus: Tab into the chart,
// then arrow keys walk every mark in order). Recharts' own accessibility layer is off: it walks the
// categories of one shared data array, which a chart of several series with their own periods lacks.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { InteractiveSpec } from "@/lib/chart/interactive-spec";
import type { ChartKind } from "@/lib/chart/kinds/chart-kind";
import { seriesRole } from "@/lib/chart/scene-marks";
import { BarsPlot, barsOrder } from "./interactive-bars";
import type { Anchor, MarkEvents } from "./interactive-mark";
import { TimePlot, timeOrder } from "./interactive-time";
import { MarkTooltip } from "./interactive-tooltip";

type Active = { id: string; at: Anchor };

const PLOTS: Record<ChartKind, { Plot: typeof TimePlot; order: (spec: InteractiveSpec) => string[] }> = {
  time: { Plot: TimePlot, order: timeOrder },
  bars: { Plot: BarsPlot, order: barsOrder },
};

type Size = { width: number; height: number };

/** The plot's box: its width lays the chart out (Recharts draws at a given size), its height places tooltips. */
function useSize(): [RefObject<HTMLDivElement | null>, Size] {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) =>
      setSize({ width: Math.floor(entry?.contentRect.width ?? 0), height: Math.floor(entry?.contentRect.height ?? 0) }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

/** The series' colours and names, where a chart has more than one line (the static chart's key). */
function SeriesKey({ spec }: { spec: InteractiveSpec }) {
  if (spec.kind !== "time" || spec.series.length < 2) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Series">
      {spec.series.map((s) => (
        <li key={s.slug} className="flex items-center gap-1">
          <svg width="20" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="20" y2="5" strokeWidth="2.5" stroke={`var(--chart-${seriesRole(s.colorIndex)})`} />
          </svg>
          {s.title}
        </li>
      ))}
    </ul>
  );
}

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function InteractiveChart({ spec }: { spec: InteractiveSpec }) {
  const { Plot, order: orderOf } = PLOTS[spec.kind];
  const order = orderOf(spec);
  const [wrap, size] = useSize();
  const { width } = size;
  const [active, setActive] = useState<Active | null>(null);
  const hide = useRef<ReturnType<typeof setTimeout>>(undefined);
  const tooltipId = useId();
  const helpId = useId();
  const points = new Map(spec.series.flatMap((s) => s.points.map((p) => [p.id, p])));

  const show = useCallback((id: string, at: Anchor) => {
    clearTimeout(hide.current);
    setActive({ id, at });
  }, []);
  // A moment's grace, so the tooltip does not flicker while the pointer crosses from one mark to the next.
  // The tooltip itself lets the pointer through: it never hides a mark (its source links are reached
  // with Tab, and the mark itself links to its first footnote).
  const leave = useCallback(() => {
    clearTimeout(hide.current);
    hide.current = setTimeout(() => setActive(null), 120);
  }, []);
  useEffect(() => () => clearTimeout(hide.current), []);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const current = (document.activeElement as HTMLElement | null)?.dataset.imark;
    if (e.key === "Escape") return setActive(null);
    const step = NEXT[e.key];
    const at = current === undefined ? -1 : order.indexOf(current);
    const next = step ? at + step : e.key === "Home" ? 0 : e.key === "End" ? order.length - 1 : null;
    if (next === null || at < 0) return;
    e.preventDefault();
    const id = order[Math.max(0, Math.min(order.length - 1, next))];
    const el = [...(wrap.current?.querySelectorAll<HTMLElement>("[data-imark]") ?? [])].find(
      (m) => m.dataset.imark === id,
    );
    el?.focus();
  }

  const events: MarkEvents = {
    tabStop: active?.id ?? order[0] ?? null,
    active: active?.id ?? null,
    tooltipId,
    show,
    leave,
  };
  const point = active ? points.get(active.id) : undefined;
  const mark = active ? spec.marks[active.id] : undefined;
  return (
    <div className="chart-svg interactive-chart mt-2 space-y-1" data-interactive-chart={spec.id} data-kind={spec.kind}>
      <SeriesKey spec={spec} />
      <p className="text-xs text-[var(--muted)]" id={helpId}>
        Point at a value, or tab to one and use the arrow keys, for its details and sources; Escape hides them.
      </p>
      {/* The value axis's unit, where the static chart writes it: above the plot, at its left. */}
      <p className="text-xs text-[var(--muted)]" aria-hidden="true">
        {spec.axisLabel}
      </p>
      <div
        ref={wrap}
        role="group"
        aria-label={`${spec.title} (interactive)`}
        aria-describedby={helpId}
        className="relative w-full"
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) setActive(null);
        }}
      >
        {width > 0 ? <Plot spec={spec} events={events} width={width} /> : <div className="h-80" />}
        {active && point && mark ? (
          <MarkTooltip id={tooltipId} spec={spec} point={point} mark={mark} at={active.at} size={size} />
        ) : null}
      </div>
    </div>
  );
}
