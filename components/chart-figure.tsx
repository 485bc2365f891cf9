import { interactiveSpec } from "@/lib/chart/interactive-spec";
import type { ChartSpec } from "@/lib/chart/types";
import type { DataStamp } from "@/lib/cite/data-stamp";
import { BoundLegend } from "./bound-legend";
import { CompareLink } from "./compare-link";
import { ExploreChart } from "./charts/explore-chart";
import { ResponsiveChart } from "./charts/responsive-chart";
import { FootnoteList } from "./footnote-list";
import { HighlightStyles } from "./highlight-styles";
import { HowToCite } from "./how-to-cite";
import { SharePanel } from "./share-panel";
import { ValueTable } from "./value-table";
import { chartAnchor } from "@/lib/site/routes";
import { chartKind } from "@/lib/chart/kinds/registry";

type Props = { spec: ChartSpec; permalink: string; headingLevel?: 2 | 3; stamp?: DataStamp | null };

/** A chart with everything that must travel with it: legend, notes, numbered sources, table, citation. */
export function ChartFigure({ spec, permalink, headingLevel = 2, stamp }: Props) {
  const scope = chartAnchor(spec.id);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <figure id={scope} className="chart-figure my-6" aria-labelledby={`${scope}-title`}>
      <Heading id={`${scope}-title`} className="text-lg font-semibold leading-snug">
        {spec.title}
      </Heading>
      <p className="text-sm text-[var(--muted)]">{spec.subtitle}</p>
      <CompareLink series={spec.series.map((s) => s.slug)} />
      <BoundLegend items={chartKind(spec.kind).legendItems(spec)} chartId={spec.id} />
      <p id={`${scope}-desc`} className="sr-only">
        {spec.summary}
      </p>
      <ResponsiveChart spec={spec} labelledBy={`${scope}-title`} describedBy={`${scope}-desc`} />
      {chartKind(spec.kind).interactive ? <ExploreChart spec={interactiveSpec(spec)} /> : null}
      {spec.notes.length > 0 ? (
        <figcaption className="mt-3 space-y-1 text-sm">
          {spec.notes.map((note) => (
            <p key={note}>
              <span className="font-semibold">Note: </span>
              {note}
            </p>
          ))}
        </figcaption>
      ) : null}
      <FootnoteList chartId={spec.id} footnotes={spec.footnotes} />
      <ValueTable spec={spec} />
      <HowToCite spec={spec} permalink={permalink} stamp={stamp} />
      <SharePanel spec={spec} permalink={permalink} stamp={stamp} />
      <HighlightStyles spec={spec} scope={scope} />
    </figure>
  );
}
