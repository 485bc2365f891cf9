import type { PanelChart } from "@/lib/chart/panels/compose";
import { embedNotes, panelLegendItems } from "@/lib/chart/panels/scene-panels";
import { SITE_NAME } from "@/lib/site/site";
import { chartAnchor } from "@/lib/site/routes";
import { BoundLegend } from "../bound-legend";
import { EmbedHeightScript } from "../embed/embed-height-script";
import { FootnoteList } from "../footnote-list";
import { HighlightStyles } from "../highlight-styles";
import { PanelChartSvg } from "./panel-chart-svg";

type Props = { chart: PanelChart; theme: "light" | "dark" | "auto"; dashboardUrl: string };

/** An explorer chart as another site shows it: as EmbedView does for a built-in chart, with every footnote. */
export function ExploreEmbedView({ chart, theme, dashboardUrl }: Props) {
  const scope = chartAnchor(chart.id);
  const first = chart.panels[0];
  return (
    <div className="embed" data-chart={chart.id} data-theme={theme === "auto" ? undefined : theme}>
      <main id={scope} aria-labelledby={`${scope}-title`} className="px-3 py-3">
        <h1 id={`${scope}-title`} className="text-lg font-semibold leading-snug">
          {chart.title}
        </h1>
        <p className="text-sm text-[var(--muted)]">{chart.subtitle}</p>
        <BoundLegend items={panelLegendItems(chart)} chartId={chart.id} />
        <p id={`${scope}-desc`} className="sr-only">
          {chart.summary}
        </p>
        <PanelChartSvg chart={chart} labelledBy={`${scope}-title`} describedBy={`${scope}-desc`} embed />
        <div className="mt-3 space-y-1 text-sm">
          {embedNotes(chart).map((note, i) => (
            <p key={i}>
              <span className="font-semibold">{note.label}: </span>
              {note.text}
            </p>
          ))}
        </div>
        <FootnoteList chartId={chart.id} footnotes={chart.footnotes} embedded headingLevel={2} />
        <footer className="mt-4 border-t border-[var(--rule)] pt-2 text-sm" data-embed-footer>
          <a href={dashboardUrl} target="_blank" rel="noopener">
            {SITE_NAME}: this chart with its data table, downloads and citation<span aria-hidden="true"> ↗</span>
          </a>
        </footer>
        {first ? <HighlightStyles spec={{ ...first, footnotes: chart.footnotes }} scope={scope} /> : null}
      </main>
      <EmbedHeightScript />
    </div>
  );
}
