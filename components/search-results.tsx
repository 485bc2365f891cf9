// Search hits: the figure as written (bounded), its quote with the matched words marked, and its source.
import { PageLink } from "@/components/page-link";
import { textFragmentUrl } from "@/lib/chart/footnotes";
import { NO_URL, sourceLine } from "@/lib/cite/source-line";
import { viewObservation } from "@/lib/model/observation-view";
import { formatPublished } from "@/lib/model/period";
import type { Segment } from "@/lib/search/fts-query";
import type { SearchHit } from "@/lib/search/hit";
import { markedHit, type MarkedHit } from "@/lib/search/marked-hit";
import { seriesFigurePath } from "@/lib/registry/charts";
import { routes } from "@/lib/site/routes";
import type { Citation } from "@/lib/model/types";

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

type SeriesResultView = Extract<SearchHit, { kind: "series" }>;
type FigureResultView = Extract<SearchHit, { kind: "figure" }>;

function SeriesResult({ r }: { r: SeriesResultView }) {
  const marked = markedHit(r.snippet, r.heading, r.series.title);
  return (
    <li className="py-3">
      <PageLink href={routes.series(r.series.slug)} className="font-semibold">
        <Marked segments={marked.title} />
      </PageLink>{" "}
      <span className="text-sm text-[var(--muted)]">series</span>
      <p className="text-sm">
        <Marked segments={marked.body} />
      </p>
      <Elsewhere marked={marked} where="what it measures and whom it is about" />
    </li>
  );
}

function FigureResult({ r }: { r: FigureResultView }) {
  const source = r.citation.source;
  const line = sourceLine({ ...source, published: formatPublished(source.published, source.publishedInferred) });
  // A word matched in the source (an author, a publication) is marked in the source line shown.
  const marked = markedHit(r.snippet, r.heading, r.series.title, line);
  return (
    <li className="py-3">
      <div>
        <strong>{viewObservation(r.observation, r.series.unit).description}</strong> ·{" "}
        {/* To the figure's row on its series page (a document load, so it is marked as the :target). */}
        <a href={seriesFigurePath(r.series.slug, r.observation.id)}>
          <Marked segments={marked.title} />
        </a>
      </div>
      <blockquote className="mt-1 border-l-2 border-[var(--rule)] pl-2 text-sm">
        <Marked segments={marked.body} />
      </blockquote>
      <Elsewhere marked={marked} where="its series or its source" />
      <div className="text-sm text-[var(--muted)]">
        <PageLink href={routes.source(source.id)}>
          <Marked segments={marked.source} />
        </PageLink>
      </div>
      <SentenceLink citation={r.citation} />
    </li>
  );
}

/** Hits as db/queries/search.ts finds them; each result marks its own parts (lib/search/marked-hit.ts). */
export function SearchResults({ results }: { results: SearchHit[] }) {
  return (
    <ol className="mt-4 divide-y divide-[var(--rule)]">
      {results.map((r) =>
        r.kind === "series" ? (
          <SeriesResult key={`s-${r.series.slug}`} r={r} />
        ) : (
          <FigureResult key={`c-${r.citation.id}`} r={r} />
        ),
      )}
    </ol>
  );
}
