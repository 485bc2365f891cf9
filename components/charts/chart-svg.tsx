// A chart Scene (lib/chart/scene.ts) as inline SVG for the page: a server component, themed with the
// --chart-* CSS variables of chart-svg.css (app/globals.css imports it once for the whole site). Each data mark is a link to
// its first footnote that keyboard users can tab to; its aria-label says the value, bound and sources.
import type { ReactNode } from "react";
import type { ColorRole, Paint, Primitive, Scene } from "@/lib/chart/scene-types";
import { footnoteId } from "../footnote-list";

type Group = Extract<Primitive, { type: "group" }>;

type Props = {
  scene: Scene;
  /** Footnote anchors are #fn-{chartId}-{n} (components/footnote-list.tsx); defaults to scene.chartId. */
  chartId?: string;
  /** id of the element holding the chart's title (aria-labelledby). */
  labelledBy?: string;
  /** id of the element holding the chart's summary (aria-describedby). */
  describedBy?: string;
  className?: string;
  /** False for thumbnails: the marks are drawn but are not links or tab stops. */
  interactive?: boolean;
};

function color(role: ColorRole): string {
  return `var(--chart-${role})`;
}

function paint(p: Paint | undefined): string | undefined {
  return p === undefined ? undefined : p === "none" ? "none" : color(p);
}

const n = (v: number) => Math.round(v * 100) / 100;

function strokeStyle(p: { stroke?: ColorRole; strokeWidth?: number; dash?: string }) {
  return {
    stroke: paint(p.stroke),
    strokeWidth: p.stroke ? (p.strokeWidth ?? 1) : undefined,
    strokeDasharray: p.dash,
  };
}

// The link holds only the mark's shape: its value label sits beside it, hidden from assistive tech, so
// the link's accessible name (the aria-label) is the whole story and never mismatches visible text.
function MarkLink({ p, chartId, interactive }: { p: Group; chartId: string; interactive: boolean }): ReactNode {
  const first = p.footnotes[0];
  const shapes = p.children.filter((c) => c.type !== "text");
  const labels = p.children.filter((c) => c.type === "text");
  const drawn = (list: Primitive[], hidden: boolean) =>
    list.map((c, i) => <Prim key={i} p={c} chartId={chartId} hidden={hidden} />);
  if (!interactive) return <g aria-hidden="true">{drawn(p.children, true)}</g>;
  return (
    <>
      <a
        className="chart-mark"
        href={first === undefined ? undefined : `#${footnoteId(chartId, first)}`}
        // Without a footnote (an embed with footnotes=hide) the <a> has no href and so no role of its own,
        // where an aria-label is not allowed: it is then an image named by its label.
        role={first === undefined ? "img" : undefined}
        tabIndex={0}
        aria-label={p.ariaLabel}
        data-mark={p.markId}
        data-footnotes={p.footnotes.join(" ")}
      >
        {drawn(shapes, false)}
      </a>
      <g aria-hidden="true" data-footnotes={p.footnotes.join(" ")}>
        {drawn(labels, true)}
      </g>
    </>
  );
}

export function Prim({
  p,
  chartId,
  hidden,
  interactive = true,
}: {
  p: Primitive;
  chartId: string;
  hidden: boolean;
  interactive?: boolean;
}): ReactNode {
  const aria = hidden ? ({ "aria-hidden": true } as const) : {};
  switch (p.type) {
    case "rect":
      return (
        <rect
          {...aria}
          x={n(p.x)}
          y={n(p.y)}
          width={n(p.width)}
          height={n(p.height)}
          style={{ fill: paint(p.fill), fillOpacity: p.fillOpacity, ...strokeStyle(p) }}
        />
      );
    case "line":
      return <line {...aria} x1={n(p.x1)} y1={n(p.y1)} x2={n(p.x2)} y2={n(p.y2)} style={strokeStyle(p)} />;
    case "path":
      return <path {...aria} d={p.d} style={{ fill: paint(p.fill), fillOpacity: p.fillOpacity, ...strokeStyle(p) }} />;
    case "circle":
      return (
        <circle
          {...aria}
          cx={n(p.cx)}
          cy={n(p.cy)}
          r={n(p.r)}
          style={{ fill: paint(p.fill), fillOpacity: p.fillOpacity, ...strokeStyle(p) }}
        />
      );
    case "text":
      return (
        <text
          {...aria}
          x={n(p.x)}
          y={n(p.y)}
          textAnchor={p.anchor}
          fontSize={p.size}
          fontWeight={p.weight}
          className={p.halo ? "chart-halo" : undefined}
          style={{ fill: color(p.fill) }}
        >
          {p.text}
        </text>
      );
    case "group":
      if (p.markId !== undefined) return <MarkLink p={p} chartId={chartId} interactive={interactive} />;
      // Never aria-hidden on a group: it would hide the mark links inside; leaves outside marks are hidden.
      return (
        <g data-role={p.role}>
          {p.children.map((c, i) => (
            <Prim key={i} p={c} chartId={chartId} hidden={hidden} interactive={interactive} />
          ))}
        </g>
      );
  }
}

/**
 * The scene's plot (layoutChart(spec, { width, standalone: false })) scaled to its container's width.
 * Axes and grid are hidden from assistive technology; the marks carry their own labels, and the chart's
 * title and summary come from the elements named by aria-labelledby / aria-describedby.
 */
export function ChartSvg({
  scene,
  chartId = scene.chartId,
  labelledBy,
  describedBy,
  className,
  interactive = true,
}: Props): ReactNode {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className={className ? `chart-svg ${className}` : "chart-svg"}
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      width="100%"
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-chart={chartId}
    >
      {scene.children.map((p, i) => (
        <Prim key={i} p={p} chartId={chartId} hidden={true} interactive={interactive} />
      ))}
    </svg>
  );
}
