import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageLink } from "@/components/page-link";
import { SourceDetails } from "@/components/source-details";
import { textFragmentUrl } from "@/lib/chart/footnotes";
import { articleHeading } from "@/lib/cite/source-line";
import { viewObservation } from "@/lib/model/observation-view";
import type { Observation } from "@/lib/model/types";
import { routes } from "@/lib/site/routes";
import { getSourcePage } from "@/server/pages";

type Props = { params: Promise<{ id: string }> };

// Rendered on first request and cached until the replica sees a new data version (scripts/version-sync.ts):
// nothing is built from the data or the address, so a publish or a new SITE_URL needs no rebuild. An
// unknown slug renders the not-found page on the server (404), cached like any page.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getSourcePage((await params).id);
  return found ? { title: articleHeading(found.source) } : {};
}

/** The sentence around a quote, as the citation stored it (the deep link's text), or the quote itself. */
function contextOf(o: Observation, sourceId: string, quote: string): string {
  const c = o.citations.find((c) => c.source.id === sourceId && c.quote === quote);
  return c?.context ?? quote;
}

export default async function SourcePage({ params }: Props) {
  const found = await getSourcePage((await params).id);
  if (!found) notFound();
  const { source: s, figures } = found;
  return (
    <article>
      <p className="text-sm text-[var(--muted)]">Source</p>
      <h1 className="text-2xl font-semibold">{articleHeading(s)}</h1>
      <SourceDetails source={s} />
      <h2 className="mt-6 text-lg font-semibold">{figures.length} figures taken from this article</h2>
      <ul className="mt-2 divide-y divide-[var(--rule)]">
        {figures.map(({ quotes, observation: o, series }) => {
          const view = viewObservation(o, series.unit);
          return (
            <li key={o.id} className="py-3" data-observation={o.id}>
              <div>
                <span className="font-semibold tabular-nums">{view.value}</span> —{" "}
                <PageLink href={routes.series(series.slug)}>{series.title}</PageLink>, {view.period}
              </div>
              {quotes.map((q) => (
                <div key={q} className="mt-1 text-sm">
                  <blockquote className="border-l-2 border-[var(--rule)] pl-2 italic">“{q}”</blockquote>
                  {s.url ? (
                    // The same deep link as the chart footnotes: the citation's whole sentence when it has one.
                    <a className="underline" rel="noopener" href={textFragmentUrl(s.url, contextOf(o, s.id, q))}>
                      Open the sentence in the article<span aria-hidden="true"> ↗</span>
                    </a>
                  ) : null}
                </div>
              ))}
              {view.details.map((line) => (
                <p key={line} className="mt-1 text-xs text-[var(--muted)]">
                  {line}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
