import type { ReactNode } from "react";
import type { Footnote } from "@/lib/chart/types";
import { NO_URL, articleTitle } from "@/lib/cite/source-line";
import { absoluteUrl } from "@/lib/site/site";
import { PageLink } from "./page-link";
import { routes } from "@/lib/site/routes";

export function footnoteId(chartId: string, n: number): string {
  return `fn-${chartId}-${n}`;
}

/** The sentence the figure came from, with the quoted clause in bold. */
function Quote({ f }: { f: Footnote }) {
  const at = f.context ? f.context.indexOf(f.quote) : -1;
  if (!f.context || at < 0) return <>“{f.quote}”</>;
  return (
    <>
      “{f.context.slice(0, at)}
      <strong className="font-semibold">{f.quote}</strong>
      {f.context.slice(at + f.quote.length)}”
    </>
  );
}

function SourceLine({ f }: { f: Footnote }) {
  return (
    <>
      {f.author}, {articleTitle(f)}, <i>{f.publication}</i>, {f.published}
      {f.publishedInferred ? <span className="text-[var(--muted)]"> (publication date estimated)</span> : null}.
    </>
  );
}

type Props = {
  chartId: string;
  footnotes: Footnote[];
  /** Inside an embed's frame a link must open a new tab: navigating the frame would strand the reader in it. */
  embedded?: boolean;
  /** h3 under a chart's h2 on the site; h2 in an embed, whose chart title is the page's h1. */
  headingLevel?: 2 | 3;
};

function OutLink({ href, embedded, children }: { href: string; embedded: boolean; children: ReactNode }) {
  return (
    <a href={href} rel="noopener" className="underline" target={embedded ? "_blank" : undefined}>
      {children}
    </a>
  );
}

function SourcePageLink({ sourceId, embedded }: { sourceId: string; embedded: boolean }) {
  const text = "All figures from this article";
  // Underlined like the article link beside it: colour alone does not tell a link from the text around it.
  if (!embedded)
    return (
      <PageLink href={routes.source(sourceId)} className="underline">
        {text}
      </PageLink>
    );
  return (
    <a href={absoluteUrl(routes.source(sourceId))} target="_blank" rel="noopener" className="underline">
      {text}
    </a>
  );
}

export function FootnoteList({ chartId, footnotes, embedded = false, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-label="Sources" className="mt-4">
      <Heading className="text-sm font-semibold">Sources</Heading>
      <ol className="mt-2 space-y-3 text-sm">
        {footnotes.map((f) => (
          <li
            key={f.n}
            id={footnoteId(chartId, f.n)}
            data-fn={f.n}
            tabIndex={-1}
            className="footnote flex gap-2 rounded p-1"
          >
            <span className="shrink-0 font-semibold tabular-nums" aria-hidden="true">
              [{f.n}]
            </span>
            <div>
              <span className="sr-only">Source {f.n}: </span>
              <SourceLine f={f} />
              <blockquote className="my-1 border-l-2 border-[var(--rule)] pl-2 italic">
                <Quote f={f} />
              </blockquote>
              {f.href ? (
                <OutLink href={f.href} embedded={embedded}>
                  Open the sentence in the article<span aria-hidden="true"> ↗</span>
                </OutLink>
              ) : (
                <span className="text-[var(--muted)]">{NO_URL}</span>
              )}{" "}
              · <SourcePageLink sourceId={f.sourceId} embedded={embedded} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
