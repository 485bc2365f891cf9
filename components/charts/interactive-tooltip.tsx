"use client";

// The details of one value: every line comes from the chart spec (the observation view's words) and the
// sources' one-line names, so the tooltip says what the static chart, its table and its footnotes say.
import type { InteractiveMark, InteractiveSpec } from "@/lib/chart/interactive-spec";
import type { ChartPoint } from "@/lib/chart/types";
import type { Anchor } from "./interactive-mark";

type Props = {
  id: string;
  spec: InteractiveSpec;
  point: ChartPoint;
  mark: InteractiveMark;
  at: Anchor;
  /** The plot's size, so the box opens towards the middle and stays inside the chart. */
  size: { width: number; height: number };
};

/** At most 22rem wide, never wider than the plot, and kept inside it: left of the mark near the right edge. */
function placement(at: Anchor, size: Props["size"]) {
  const width = Math.min(352, size.width);
  const below = at.y < size.height * 0.45;
  return {
    left: Math.max(0, Math.min(at.x - width / 2, size.width - width)),
    top: below ? at.y + 14 : at.y - 14,
    maxWidth: width,
    transform: below ? undefined : "translateY(-100%)",
  };
}

export function MarkTooltip({ id, spec, point, mark, at, size }: Props) {
  const sources = new Map(spec.sources.map((s) => [s.n, s.line]));
  return (
    <div
      id={id}
      role="tooltip"
      data-tooltip-for={point.id}
      className="pointer-events-none absolute z-10 w-max rounded border border-[var(--rule)] bg-[var(--bg)] p-2 text-sm shadow-lg"
      style={placement(at, size)}
    >
      {mark.who ? (
        <p className="font-semibold" data-tooltip-who>
          {mark.who}
        </p>
      ) : null}
      <p className={mark.who ? undefined : "font-semibold"} data-tooltip-value>
        {point.description}
      </p>
      <p className="text-xs text-[var(--muted)]" data-tooltip-kind>
        {point.kind}
      </p>
      {point.details.map((line) => (
        <p key={line} className="mt-1 text-xs" data-tooltip-detail>
          {line}
        </p>
      ))}
      {point.footnotes.length > 0 ? (
        <ul className="mt-1 space-y-0.5 text-xs" aria-label="Sources">
          {point.footnotes.map((n) => (
            <li key={n} data-tooltip-source={n}>
              <a href={`#fn-${spec.id}-${n}`} className="font-semibold underline">
                [{n}]
              </a>{" "}
              {sources.get(n)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
