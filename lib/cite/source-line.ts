// How an article is named wherever a figure is cited: footnotes, images, embeds, plain-text citations and
// BibTeX. Readers get plain statements about what we could not confirm; editors' notes stay in data/.
import type { Footnote } from "../chart/types";
import { inferredSpan } from "../model/period";
import type { Source } from "../model/types";

export type ArticleRef = Pick<Footnote, "author" | "title" | "titleFromUrl" | "publication" | "published">;

export const NO_TITLE = "title not shown on the publisher’s page";
export const TITLE_FROM_URL = "title as in the article’s web address";
export const NO_URL = "No web address of its own was found for this article.";

/** "“Title”", "“Title” [title as in the article’s web address]", or "[title not shown on the publisher’s page]". */
export function articleTitle(f: Pick<ArticleRef, "title" | "titleFromUrl">): string {
  if (!f.title) return `[${NO_TITLE}]`;
  return f.titleFromUrl ? `“${f.title}” [${TITLE_FROM_URL}]` : `“${f.title}”`;
}

/** A heading for an article: its title, or a description when the title was not shown. */
export function articleHeading(s: Pick<Source, "title" | "author" | "publication">): string {
  return s.title ?? `Article by ${s.author} in ${s.publication}`;
}

/** "publication date estimated: Oct 2024 – Feb 2025", for an article whose date was inferred; else null. */
export function estimatedDate(s: Pick<Source, "published" | "publishedInferred">): string | null {
  return s.publishedInferred ? `publication date estimated: ${inferredSpan(s.published)}` : null;
}

/** "Author, “Title”, Publication, 21 Feb 2025" — never an editor's note. */
export function sourceLine(f: ArticleRef): string {
  return `${f.author}, ${articleTitle(f)}, ${f.publication}, ${f.published}`;
}

/** The first footnote of each source, in order: one entry per article. */
export function firstPerSource<T extends Pick<Footnote, "sourceId">>(footnotes: readonly T[]): T[] {
  const seen = new Set<string>();
  return footnotes.filter((f) => !seen.has(f.sourceId) && seen.add(f.sourceId));
}
