import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageLink } from "@/components/page-link";
import { viewObservation } from "@/lib/model/observation-view";
import { formatPublished } from "@/lib/model/period";
import { routes } from "@/lib/site/routes";
import { getSourcePage, getStaticSourceIds } from "@/server/pages";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getStaticSourceIds()).map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getSourcePage((await params).id);
  return found ? { title: found.source.title ?? `Article by ${found.source.author}` } : {};
}

export default async function SourcePage({ params }: Props) {
  const found = await getSourcePage((await params).id);
  if (!found) notFound();
  const { source: s, figures } = found;
  return (
    <article>
      <p className="text-sm text-[var(--muted)]">Source</p>
      <h1 className="text-2xl font-semibold">{s.title ?? `Untitled article by ${s.author}`}</h1>
      {s.titleNote ? <p className="text-sm text-[var(--muted)]">{s.titleNote}</p> : null}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-[var(--muted)]">Author</dt>
        <dd>{s.author}</dd>
        <dt className="text-[var(--muted)]">Publication</dt>
        <dd>{s.publication}</dd>
        <dt className="text-[var(--muted)]">Publisher</dt>
        <dd>{s.publisher}</dd>
        <dt className="text-[var(--muted)]">Published</dt>
        <dd>
          {formatPublished(s.published, s.publishedInferred)}
          {s.publishedNote ? ` — inferred: ${s.publishedNote}` : ""}
        </dd>
        <dt className="text-[var(--muted)]">Link</dt>
        <dd className="break-all">
          {s.url ? (
            <a href={s.url} rel="noopener">
              {s.url}
            </a>
          ) : s.listingUrl ? (
            <>
              Article URL not found; listed at{" "}
              <a href={s.listingUrl} rel="noopener">
                {s.listingUrl}
              </a>
            </>
          ) : (
            "Not found"
          )}
        </dd>
      </dl>
      <h2 className="mt-6 text-lg font-semibold">{figures.length} figures taken from this article</h2>
      <ul className="mt-2 divide-y divide-[var(--rule)]">
        {figures.map(({ citationId, quote, observation: o, series }) => {
          const view = viewObservation(o, series.unit);
          return (
            <li key={citationId} className="py-3" data-observation={o.id}>
              <div>
                <span className="font-semibold tabular-nums">{view.value}</span> —{" "}
                <PageLink href={routes.series(series.slug)}>{series.title}</PageLink>, {view.period}
              </div>
              <blockquote className="mt-1 border-l-2 border-[var(--rule)] pl-2 text-sm italic">“{quote}”</blockquote>
              {o.note ? <p className="mt-1 text-xs text-[var(--muted)]">{o.note}</p> : null}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
