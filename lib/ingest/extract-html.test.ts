import { describe, expect, it } from "vitest";
import { extractHtml } from "./extract-html";

const page = (body: string, head = "") =>
  `<!doctype html><html><head><title>T | Site</title>${head}</head><body>${body}</body></html>`;
const paragraphs = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report says the ministry spent $${i + 2} million on roads and bridges this year, far more than planned.</p>`,
).join("");

describe("extractHtml", () => {
  it("keeps the article and drops comments, captions, navigation and footers", () => {
    const html = page(
      `<nav>Menu: Top 10 lists</nav><article><h1>Roads</h1>${paragraphs}
       <figure><img src="x.jpg"><figcaption>Caption: 45 trucks at the depot in 2023.</figcaption></figure></article>
       <div id="comments"><p>A reader says it was really $900 million.</p></div>
       <ol class="comment-list"><li>Another reader: 77 percent!</li></ol><footer>© 2025, 12 Main St.</footer>`,
    );
    const { text } = extractHtml(html);
    expect(text).toContain("spent $2 million on roads");
    expect(text).toContain("spent $5 million on roads");
    for (const gone of ["900 million", "77 percent", "45 trucks", "Top 10", "12 Main St"])
      expect(text).not.toContain(gone);
    expect(text.split("\n\n").length).toBeGreaterThanOrEqual(4);
  });

  it("reads the metadata from JSON-LD first, then <meta> tags", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Roads and Bridges","author":[{"name":"A. Writer"}],"publisher":{"name":"The Paper"},"datePublished":"2024-05-06T10:00:00Z"}</script>`;
    const meta = `<meta property="og:site_name" content="Other"><link rel="canonical" href="https://paper.example/roads">`;
    expect(extractHtml(page(`<article>${paragraphs}</article>`, ld + meta)).meta).toEqual({
      title: "Roads and Bridges",
      author: "A. Writer",
      publication: "The Paper",
      published: "2024-05-06",
      url: "https://paper.example/roads",
    });
    const tagsOnly = `<meta name="author" content="B. Writer"><meta property="article:published_time" content="2023-01-02">
      <meta property="og:site_name" content="Site"><meta property="og:url" content="https://site.example/a">
      <script type="application/ld+json">{broken</script>`;
    expect(extractHtml(page(`<article>${paragraphs}</article>`, tagsOnly)).meta).toEqual({
      title: "T | Site",
      author: "B. Writer",
      publication: "Site",
      published: "2023-01-02",
      url: "https://site.example/a",
    });
  });

  it("returns empty text, not an error, for a page with no article", () => {
    expect(extractHtml("<html><body></body></html>").text).toBe("");
  });
});
