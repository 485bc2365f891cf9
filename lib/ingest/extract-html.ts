// Reads a saved article page: the body through Readability (after removing comment sections, navigation
// and figure captions, which are not the article) and the citation metadata from <meta> and JSON-LD.
import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";

export type ArticleMeta = {
  title: string | null;
  author: string | null;
  publication: string | null;
  published: string | null;
  url: string | null;
};
export type ExtractedArticle = { text: string; meta: ArticleMeta };

// Reader comments are not data; captions and navigation are not the article either.
const NOT_ARTICLE = [
  "figcaption",
  "nav",
  "aside",
  "footer",
  "form",
  "script",
  "style",
  "noscript",
  "#comments",
  ".comments",
  ".comment",
  "[id*=comment]",
  "[class*=comment]",
  "[class*=caption]",
  "[itemprop=comment]",
  "[role=complementary]",
  "[role=navigation]",
].join(", ");
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

type JsonLd = Record<string, unknown>;

function jsonLd(doc: Document): JsonLd[] {
  const out: JsonLd[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? "");
      const list = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of list) if (item && typeof item === "object") out.push(item as JsonLd);
    } catch {
      // A broken JSON-LD block is ignored: the <meta> tags still give the metadata.
    }
  }
  return out;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const nameOf = (v: unknown): string | null =>
  Array.isArray(v) ? nameOf(v[0]) : v && typeof v === "object" ? str((v as JsonLd).name) : str(v);

function readMeta(doc: Document): ArticleMeta {
  const meta = (...names: string[]) => {
    for (const n of names) {
      const el = doc.querySelector(`meta[name="${n}"], meta[property="${n}"]`);
      const content = str(el?.getAttribute("content"));
      if (content) return content;
    }
    return null;
  };
  const ld = jsonLd(doc).find((j) => /Article|Posting|Report/.test(String(j["@type"]))) ?? {};
  const canonical = str(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"));
  const date = str(ld.datePublished) ?? meta("article:published_time", "citation_publication_date", "date", "dc.date");
  return {
    title: str(ld.headline) ?? meta("citation_title", "og:title") ?? str(doc.title),
    author: nameOf(ld.author) ?? meta("author", "citation_author", "article:author"),
    publication: nameOf(ld.publisher) ?? meta("og:site_name", "citation_journal_title"),
    published: date ? (/^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? null) : null,
    url: canonical ?? str(ld.url) ?? meta("og:url"),
  };
}

/** The article's paragraphs as plain text (blank line between them) and its metadata. */
export function extractHtml(html: string): ExtractedArticle {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  const meta = readMeta(doc);
  for (const el of doc.querySelectorAll(NOT_ARTICLE)) el.remove();
  const article = new Readability(doc).parse();
  const body = new JSDOM(article?.content ?? "").window.document;
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const text = blocks
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
  return { text, meta: { ...meta, title: meta.title ?? str(article?.title) } };
}
