import type { LegendItem } from "@/lib/chart/scene-legend";
import { Prim } from "./charts/chart-svg";

/**
 * How values are marked: the chart kind's own legend items (lib/chart/kinds), each glyph drawn by the same
 * function the plot and the standalone image use, so the page can only show marks the chart draws.
 */
export function BoundLegend({ items, chartId }: { items: LegendItem[]; chartId: string }) {
  return (
    <ul aria-label="How values are marked" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-[var(--muted)]">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1">
          <svg
            viewBox={`0 0 ${item.glyphW} 20`}
            width={item.glyphW * 0.8}
            height="16"
            aria-hidden="true"
            className="shrink-0 overflow-visible"
          >
            {item.draw(0, 10).map((p, i) => (
              <Prim key={i} p={p} chartId={chartId} hidden />
            ))}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
