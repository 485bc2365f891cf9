import type { PanelChart } from "@/lib/chart/panels/compose";
import { layoutPanels } from "@/lib/chart/panels/scene-panels";
import { EMBED_LAYOUTS, PAGE_LAYOUTS, type ChartLayout } from "@/lib/chart/layouts";
import { ChartSvg } from "../charts/chart-svg";

type Props = { chart: PanelChart; labelledBy: string; describedBy: string; embed?: boolean };

/**
 * Every panel of an explorer chart in one SVG per layout width, CSS showing the one that fits (as
 * ResponsiveChart does for one spec): the panels' time axes line up, and each mark links to its footnote.
 */
export function PanelChartSvg({ chart, labelledBy, describedBy, embed = false }: Props) {
  const layouts: ChartLayout[] = embed ? EMBED_LAYOUTS : PAGE_LAYOUTS;
  return (
    <>
      {layouts.map((l) => (
        <div key={l.width} className={`mt-2 ${l.className}`} {...{ [`data-chart-${l.dataAttr}`]: "" }}>
          <ChartSvg
            scene={layoutPanels(chart, { width: l.width, standalone: false })}
            chartId={chart.id}
            labelledBy={labelledBy}
            describedBy={describedBy}
          />
        </div>
      ))}
    </>
  );
}
