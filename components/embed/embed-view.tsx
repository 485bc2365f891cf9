import { BoundLegend } from "@/components/bound-legend";
import { ResponsiveChart } from "@/components/charts/responsive-chart";
import { FootnoteList } from "@/components/footnote-list";
import { HighlightStyles } from "@/components/highlight-styles";
import { notesWithoutTable, type ChartNote } from "@/lib/chart/scene-frame";
import type { ChartSpec } from "@/lib/chart/types";
import { EMBED_LAYOUTS } from "@/lib/chart/layouts";
import type { EmbedOptions } from "@/lib/embed/embed-options";
import { embedSpec } from "@/lib/embed/embed-spec";
import { SITE_NAME } from "@/lib/site/site";
import { EmbedHeightScript } from "./embed-height-script";
import { SourcesLine } from "./sources-line";
import { chartAnchor } from "@/lib/site/routes";
import { chartKind } from "@/lib/chart/kinds/registry";

export type EmbedNotice = { text: string; href: string };

type Props = {
  spec: ChartSpec;
  options: EmbedOptions;
  dashboardUrl: string;
  /** One line above the chart when figures changed since the embed code was made (issue 12), with a link. */
  notice?: EmbedNotice | null;
};

function Notes({ notes }: { notes: ChartNote[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="mt-3 space-y-1 text-sm">
      {notes.map((note, i) => (
        <p key={i}>
          <span className="font-semibold">{note.label}: </span>
          {note.text}
        </p>
      ))}
    </div>
  );
}

/**
 * A chart as another site shows it: title, legend, plot, notes and sources, and a way back to the dashboard.
 * A fixed height (options.height) makes this box scroll; otherwise it is as tall as its content and the
 * host page grows the frame to fit (lib/embed/height-script.ts, public/embed.js).
 */
export function EmbedView({ spec, options, dashboardUrl, notice }: Props) {
  const scope = chartAnchor(spec.id);
  const fixed = options.height === null ? undefined : { height: options.height, overflowY: "auto" as const };
  return (
    <div
      className="embed"
      data-chart={spec.id}
      data-theme={options.theme === "auto" ? undefined : options.theme}
      style={fixed}
    >
      <main id={scope} aria-labelledby={`${scope}-title`} className="px-3 py-3">
        <h1 id={`${scope}-title`} className="text-lg font-semibold leading-snug">
          {spec.title}
        </h1>
        <p className="text-sm text-[var(--muted)]">{spec.subtitle}</p>
        {notice ? (
          <p className="mt-1 text-sm font-semibold" role="note" data-embed-notice data-embed-changed>
            {notice.text}{" "}
            <a href={notice.href} target="_blank" rel="noopener" className="underline">
              What changed
            </a>
          </p>
        ) : null}
        <BoundLegend items={chartKind(spec.kind).legendItems(spec)} chartId={spec.id} />
        <p id={`${scope}-desc`} className="sr-only">
          {spec.summary}
        </p>
        <ResponsiveChart
          spec={embedSpec(spec, options)}
          labelledBy={`${scope}-title`}
          describedBy={`${scope}-desc`}
          layouts={EMBED_LAYOUTS}
        />
        <Notes notes={notesWithoutTable(spec)} />
        {options.footnotes === "show" ? (
          <FootnoteList chartId={spec.id} footnotes={spec.footnotes} embedded headingLevel={2} />
        ) : (
          <SourcesLine footnotes={spec.footnotes} />
        )}
        <footer className="mt-4 border-t border-[var(--rule)] pt-2 text-sm" data-embed-footer>
          <a href={dashboardUrl} target="_blank" rel="noopener">
            {SITE_NAME}: this chart with its data table, downloads and citation<span aria-hidden="true"> ↗</span>
          </a>
        </footer>
        <HighlightStyles spec={spec} scope={scope} />
      </main>
      <EmbedHeightScript />
    </div>
  );
}
