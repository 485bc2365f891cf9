// A quote is the article's words: it must appear in the article text (whitespace aside), and so must
// its context. Reviewers may shorten a clause, never rewrite it.
const norm = (s: string) => s.replace(/\s+/g, " ").trim();

export function quotesOutsideArticle(text: string, figures: { quote: string; context?: string }[]): string[] {
  const article = norm(text);
  const errors: string[] = [];
  figures.forEach((f, i) => {
    if (!article.includes(norm(f.quote))) errors.push(`figures[${i}].quote: is not in the article, verbatim`);
    if (f.context && !article.includes(norm(f.context)))
      errors.push(`figures[${i}].context: is not in the article, verbatim`);
  });
  return errors;
}
