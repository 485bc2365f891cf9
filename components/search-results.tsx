// Search hits: the figure as written (bounded), its quote with the matched words marked, and its source.
import { PageLink } from "@/components/page-link";
import { textFragmentUrl } from "@/lib/chart/footnotes";
import { NO_URL, sourceLine } from "@/lib/cite/source-line";
import { viewObservation } from "@/lib/model/observation-view";
import { formatPublished } from "@/lib/model/period";
import type { Segment } from "@/lib/search/fts-query";
import type { MarkedHit } from "@/lib/search/marked-hit";
import { seriesFigurePath } from "@/lib/registry/charts";
import { routes } from "@/lib/site/routes";
import type { Citation, Observation, Series, SeriesSummary } from "@/lib/model/types";

export type SearchResultView =
  | { kind: "series"; marked: MarkedHit; series: Series }
  | { kind: "figure"; marked: MarkedHit; citation: Citation; observation: Observation; series: SeriesSummary };

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

/** Where the words were found when neither the title nor the text shows them: a country, a measure, an author. */
function Elsewhere({ marked, where }: { marked: MarkedHit; where: string }) {
  if (!marked.elsewhere) return null;
  return (
    <p className="text-sm text-[var(--muted)]" data-found-elsewhere>
      Found in {where}: <Marked segments={marked.elsewhere} />
    </p>
  );
}

/** The quoted sentence in the article, as every footnote links it (lib/chart/footnotes.ts). */
function SentenceLink({ citation: c }: { citation: Citation }) {
  if (!c.source.url) return <div className="text-sm text-[var(--muted)]">{NO_URL}</div>;
  return (
    <a href={textFragmentUrl(c.source.url, c.context ?? c.quote)} rel="noopener" className="text-sm underline">
      Open the sentence in the article<span aria-hidden="true"> ↗</span>
    </a>
  );
}

export function SearchResults({ results }: { results: SearchResultView[] }) {
  return (
    <ol className="mt-4 divide-y divide-[var(--rule)]">
      {results.map((r) =>
        r.kind === "series" ? (
          <li key={`s-${r.series.slug}`} className="py-3">
            <PageLink href={routes.series(r.series.slug)} className="font-semibold">
              <Marked segments={r.marked.title} />
            </PageLink>{" "}
            <span className="text-sm text-[var(--muted)]">series</span>
            <p className="text-sm">
              <Marked segments={r.marked.body} />
            </p>
            <Elsewhere marked={r.marked} where="what it measures and whom it is about" />
          </li>
        ) : (
          <li key={`c-${r.citation.id}`} className="py-3">
            <div>
              <strong>{viewObservation(r.observation, r.series.unit).description}</strong> ·{" "}
              {/* To the figure's row on its series page (a document load, so it is marked as the :target). */}
              <a href={seriesFigurePath(r.series.slug, r.observation.id)}>
                <Marked segments={r.marked.title} />
              </a>
            </div>
            <blockquote className="mt-1 border-l-2 border-[var(--rule)] pl-2 text-sm">
              <Marked segments={r.marked.body} />
            </blockquote>
            <Elsewhere marked={r.marked} where="its series or its source" />
            <div className="text-sm text-[var(--muted)]">
              <PageLink href={routes.source(r.citation.source.id)}>
                {sourceLine({
                  ...r.citation.source,
                  published: formatPublished(r.citation.source.published, r.citation.source.publishedInferred),
                })}
              </PageLink>
            </div>
            <SentenceLink citation={r.citation} />
          </li>
        ),
      )}
    </ol>
  );
}
