import type { Footnote } from "@/lib/chart/types";
import { PageLink } from "./page-link";

export function footnoteId(chartId: string, n: number): string {
  return `fn-${chartId}-${n}`;
}

function SourceLine({ f }: { f: Footnote }) {
  return (
    <>
      {f.author}, {f.title ? <>“{f.title}”</> : <span title={f.titleNote ?? undefined}>untitled article</span>},{" "}
      <i>{f.publication}</i>, {f.published}
      {f.publishedInferred ? <span className="text-[var(--muted)]"> (date inferred)</span> : null}.
    </>
  );
}

export function FootnoteList({ chartId, footnotes }: { chartId: string; footnotes: Footnote[] }) {
  return (
    <section aria-label="Sources" className="mt-4">
      <h3 className="text-sm font-semibold">Sources</h3>
      <ol className="mt-2 space-y-3 text-sm">
        {footnotes.map((f) => (
          <li key={f.n} id={footnoteId(chartId, f.n)} data-fn={f.n} tabIndex={-1} className="footnote flex gap-2 rounded p-1">
            <span className="font-semibold tabular-nums" aria-hidden="true">
              [{f.n}]
            </span>
            <div>
              <span className="sr-only">Source {f.n}: </span>
              <SourceLine f={f} />
              <blockquote className="my-1 border-l-2 border-[var(--rule)] pl-2 italic">“{f.quote}”</blockquote>
              {f.href ? (
                <a href={f.href} rel="noopener" className="underline">
                  Open the sentence in the article<span aria-hidden="true"> ↗</span>
                </a>
              ) : f.listingUrl ? (
                <a href={f.listingUrl} rel="noopener" className="underline">
                  Publisher’s listing (article URL not found)<span aria-hidden="true"> ↗</span>
                </a>
              ) : (
                <span className="text-[var(--muted)]">No URL found for this article.</span>
              )}{" "}
              · <PageLink href={`/sources/${f.sourceId}`}>All figures from this article</PageLink>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
