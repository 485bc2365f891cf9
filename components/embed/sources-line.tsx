import type { Footnote } from "@/lib/chart/types";
import { firstPerSource } from "@/lib/cite/source-line";
import { routes } from "@/lib/site/routes";
import { absoluteUrl } from "@/lib/site/site";

/**
 * The sources in one line, for an embed with footnotes=hide: the quotes go, but never the authors, nor a
 * link to each article (or, without its URL, to our page of what it states).
 */
export function SourcesLine({ footnotes }: { footnotes: Footnote[] }) {
  const sources = firstPerSource(footnotes);
  return (
    <p className="mt-3 text-sm" data-sources-line>
      <span className="font-semibold">Sources: </span>
      {sources.map((f, i) => (
        <span key={f.sourceId}>
          <a
            href={f.href ?? absoluteUrl(routes.source(f.sourceId))}
            target="_blank"
            rel="noopener"
            className="underline"
          >
            {f.author}
          </a>{" "}
          (<i>{f.publication}</i>, {f.published}){i < sources.length - 1 ? "; " : "."}
        </span>
      ))}
    </p>
  );
}
