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

function placement(at: Anchor, size: Props["size"]): { left: number; top: number; transform: string } {
  const x = at.x < size.width * 0.35 ? "-12px" : at.x > size.width * 0.65 ? "calc(-100% + 12px)" : "-50%";
  const below = at.y < size.height * 0.45;
  return {
    left: at.x,
    top: below ? at.y + 14 : at.y - 14,
    transform: `translate(${x}, ${below ? "0" : "-100%"})`,
  };
}

export function MarkTooltip({ id, spec, point, mark, at, size }: Props) {
  const sources = new Map(spec.sources.map((s) => [s.n, s.line]));
  return (
    <div
      id={id}
      role="tooltip"
      data-tooltip-for={point.id}
      className="pointer-events-none absolute z-10 w-max max-w-[min(22rem,90vw)] rounded border border-[var(--rule)] bg-[var(--bg)] p-2 text-sm shadow-lg"
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
