import type { PanelChart } from "@/lib/chart/panels/compose";
import { allNotes, panelLegendItems } from "@/lib/chart/panels/scene-panels";
import { interactiveSpec } from "@/lib/chart/interactive-spec";
import { chartKind } from "@/lib/chart/kinds/registry";
import { chartAnchor } from "@/lib/site/routes";
import { BoundLegend } from "../bound-legend";
import { ExploreChart } from "../charts/explore-chart";
import { FootnoteList } from "../footnote-list";
import { HighlightStyles } from "../highlight-styles";
import { ValueTable } from "../value-table";
import { PanelChartSvg } from "./panel-chart-svg";

type Props = { chart: PanelChart; citation: string; children?: React.ReactNode };

/** An explorer chart with everything a built-in chart carries: legend, panels, notes, sources, tables, citation. */
export function ExploreFigure({ chart, citation, children }: Props) {
  const scope = chartAnchor(chart.id);
  const first = chart.panels[0];
  return (
    <figure id={scope} className="chart-figure my-6" aria-labelledby={`${scope}-title`}>
      <h2 id={`${scope}-title`} className="text-lg font-semibold leading-snug" data-explore-title>
        {chart.title}
      </h2>
      <p className="text-sm text-[var(--muted)]" data-explore-subtitle>
        {chart.subtitle}
      </p>
      <BoundLegend items={panelLegendItems(chart)} chartId={chart.id} />
      <p id={`${scope}-desc`} className="sr-only">
        {chart.summary}
      </p>
      <PanelChartSvg chart={chart} labelledBy={`${scope}-title`} describedBy={`${scope}-desc`} />
      {chart.panels.map((p, i) =>
        chartKind(p.kind).interactive ? (
          <div key={i} data-panel-interactive={i + 1}>
            {chart.panels.length > 1 ? (
              <p className="mt-2 text-xs text-[var(--muted)]">
                Panel {i + 1}: {p.axisLabel}
              </p>
            ) : null}
            <ExploreChart spec={interactiveSpec(p)} />
          </div>
        ) : null,
      )}
      <figcaption className="mt-3 space-y-1 text-sm">
        {allNotes(chart).map((note, i) => (
          <p key={i} data-explore-note={note.kind === "author" ? "reporter" : "data"}>
            <span className="font-semibold">{note.label}: </span>
            {note.text}
          </p>
        ))}
      </figcaption>
      <FootnoteList chartId={chart.id} footnotes={chart.footnotes} />
      {chart.panels.map((p, i) => (
        <section key={i} aria-label={`Values in ${p.axisLabel}`}>
          <h3 className="mt-4 text-sm font-semibold">
            Values{chart.panels.length > 1 ? `, panel ${i + 1}` : ""}: {p.axisLabel}
          </h3>
          <ValueTable spec={p} />
        </section>
      ))}
      <section aria-label="How to cite" className="mt-4 text-sm">
        <h3 className="font-semibold">How to cite</h3>
        <p
          className="mt-1 rounded bg-[color-mix(in_srgb,var(--rule)_35%,transparent)] p-2 [overflow-wrap:anywhere]"
          data-explore-citation
        >
          {citation}
        </p>
      </section>
      {children}
      {first ? <HighlightStyles spec={{ ...first, footnotes: chart.footnotes }} scope={scope} /> : null}
    </figure>
  );
}
