import { layoutChart } from "@/lib/chart/scene";
import type { ChartSpec } from "@/lib/chart/types";
import { PAGE_LAYOUTS, type ChartLayout } from "@/lib/chart/layouts";
import { ChartSvg } from "./chart-svg";

type Props = { spec: ChartSpec; labelledBy: string; describedBy: string; layouts?: ChartLayout[] };

/**
 * A chart laid out at several widths, with CSS showing the one that fits: no script picks a width, and
 * since each layout is drawn for about the width it is shown at, its text stays near its intended size.
 */
export function ResponsiveChart({ spec, labelledBy, describedBy, layouts = PAGE_LAYOUTS }: Props) {
  const aria = { chartId: spec.id, labelledBy, describedBy };
  return (
    <>
      {layouts.map((l) => (
        <div key={l.width} className={`mt-2 ${l.className}`} {...{ [`data-chart-${l.dataAttr}`]: "" }}>
          <ChartSvg scene={layoutChart(spec, { width: l.width, standalone: false })} {...aria} />
        </div>
      ))}
    </>
  );
}
