import { articleTitle } from "@/lib/cite/source-line";
import { textFragmentUrl } from "@/lib/chart/footnotes";
import { viewObservation } from "@/lib/model/observation-view";
import { formatPublished } from "@/lib/model/period";
import type { Observation, Series } from "@/lib/model/types";
import type { SeriesIndexRow } from "@/lib/registry/series-index";
import { TOPIC_INFO } from "@/lib/model/taxonomy";
import { seriesChartId } from "@/lib/registry/charts";
import { figureAnchor, routes } from "@/lib/site/routes";
import { PageLink } from "./page-link";
import { TopicMoreLink } from "./topic-pager";

// relatedTotal: how many series the topic has (this one included), when `related` lists only the first.
type Props = { series: Series; observation: Observation; related: SeriesIndexRow[]; relatedTotal?: number };

/**
 * A series with a single figure: the figure in words with its sentence and source, not a one-point chart
 * on an axis that would suggest a comparison the articles do not make.
 */
export function FactCard({ series, observation: o, related, relatedTotal = 0 }: Props) {
  const view = viewObservation(o, series.unit);
  return (
    <section
      aria-label="The figure"
      id={figureAnchor(seriesChartId(series.slug), o.id)}
      className="mt-4 rounded border border-[var(--rule)] p-4"
      data-fact={o.id}
    >
      <p className="text-3xl font-semibold tabular-nums" data-fact-value>
        {view.value}
      </p>
      <p className="mt-1 text-sm">
        {view.valueWords}, {view.period}
        {o.derived ? " (derived)" : ""}
      </p>
      {view.details.map((line) => (
        <p key={line} className="mt-1 text-xs text-[var(--muted)]">
          {line}
        </p>
      ))}
      {o.citations.map((c) => (
        <figure key={c.id} className="mt-3">
          <blockquote className="border-l-2 border-[var(--rule)] pl-2 italic">“{c.context ?? c.quote}”</blockquote>
          <figcaption className="mt-1 text-sm">
            — {c.source.author}, {articleTitle(c.source)}, <i>{c.source.publication}</i>,{" "}
            {formatPublished(c.source.published, c.source.publishedInferred)}.{" "}
            {c.source.url ? (
              <a className="underline" rel="noopener" href={textFragmentUrl(c.source.url, c.context ?? c.quote)}>
                Open the sentence in the article<span aria-hidden="true"> ↗</span>
              </a>
            ) : null}{" "}
            · <PageLink href={routes.source(c.source.id)}>All figures from this article</PageLink>
          </figcaption>
        </figure>
      ))}
      {related.length > 0 ? (
        <div className="mt-4">
          <h2 className="text-sm font-semibold">Related figures</h2>
          <ul className="mt-1 space-y-1 text-sm">
            {related.map((r) => (
              <li key={r.slug}>
                <PageLink href={routes.series(r.slug)}>{r.title}</PageLink>
                {r.latest ? (
                  <>
                    : <a href={r.latest.href}>{r.latest.label}</a>, {r.latest.period}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <TopicMoreLink
            group={{ topic: series.topic, title: TOPIC_INFO[series.topic].title, total: relatedTotal }}
            shown={related.length + 1}
          />
        </div>
      ) : null}
    </section>
  );
}
