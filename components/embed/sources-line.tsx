import type { Footnote } from "@/lib/chart/types";
import { absoluteUrl } from "@/lib/site/site";

function firstPerSource(footnotes: Footnote[]): Footnote[] {
  const seen = new Set<string>();
  return footnotes.filter((f) => !seen.has(f.sourceId) && seen.add(f.sourceId));
}

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
            href={f.href ?? absoluteUrl(`/sources/${f.sourceId}`)}
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
