// How an article is named wherever a figure is cited: footnotes, images, embeds, plain-text citations.
import type { Footnote } from "../chart/types";

export type ArticleRef = Pick<Footnote, "author" | "title" | "publication" | "published">;

/** "“Title”", or "untitled article" when the headline was not recovered. */
export function articleTitle(title: string | null): string {
  return title ? `“${title}”` : "untitled article";
}

/** "Author, “Title”, Publication, 21 Feb 2025" — never an editor's note. */
export function sourceLine(f: ArticleRef): string {
  return `${f.author}, ${articleTitle(f.title)}, ${f.publication}, ${f.published}`;
}

/** The first footnote of each source, in order: one entry per article. */
export function firstPerSource<T extends Pick<Footnote, "sourceId">>(footnotes: readonly T[]): T[] {
  const seen = new Set<string>();
  return footnotes.filter((f) => !seen.has(f.sourceId) && seen.add(f.sourceId));
}
