import { describe, expect, it } from "vitest";
import { bibtexEntry, bibtexKey, bibtexUrl, chartBibtex, escapeBibtex } from "./bibtex";
import { TRADE_SPEC } from "../../tests/fixtures/chart-fixtures";
import type { Footnote } from "../chart/types";

const BASE: Footnote = {
  n: 1,
  sourceId: "sukhankin-2025-russia-iran-treaty",
  author: "Sergey Sukhankin",
  title: "The New Russia-Iran Treaty: Implications for the South Caucasus Region",
  titleFromUrl: false,
  publication: "Central Asia-Caucasus Analyst (CACI Analyst)",
  published: "21 Feb 2025",
  publishedInferred: false,
  publishedDate: "2025-02-21",
  context: null,
  quote: "did not exceed US$ 4 billion",
  href: "https://cacianalyst.org/item/13848-the-new-treaty.html#:~:text=did%20not%20exceed",
  noUrl: false,
  observationIds: [],
};

/** Braces balance once escaped braces are set aside, or BibTeX swallows the rest of the file. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text.replace(/\\[{}]/g, "")) {
    depth += c === "{" ? 1 : c === "}" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

const field = (entry: string, name: string) => new RegExp(`^  ${name} = (.*?),?$`, "m").exec(entry)?.[1];

describe("escapeBibtex", () => {
  it("escapes every TeX special character", () => {
    expect(escapeBibtex("R&D: 50% of $5_000 #1 {x} ~ ^ \\")).toBe(
      "R\\&D: 50\\% of \\$5\\_000 \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
  });

  it("leaves Unicode as it is", () => {
    expect(escapeBibtex("Russia–Armenia’s “trade”")).toBe("Russia–Armenia’s “trade”");
  });
});

describe("bibtexEntry", () => {
  it("writes a dated article with its URL, without the text fragment", () => {
    const entry = bibtexEntry(BASE);
    expect(entry.startsWith("@article{sukhankin-2025-russia-iran-treaty,\n")).toBe(true);
    expect(field(entry, "author")).toBe("{Sergey Sukhankin}");
    expect(field(entry, "title")).toBe("{{The New Russia-Iran Treaty: Implications for the South Caucasus Region}}");
    expect(field(entry, "journal")).toBe("{Central Asia-Caucasus Analyst (CACI Analyst)}");
    expect(field(entry, "year")).toBe("{2025}");
    expect(field(entry, "month")).toBe("feb");
    expect(field(entry, "url")).toBe("{https://cacianalyst.org/item/13848-the-new-treaty.html}");
    expect(field(entry, "note")).toBeUndefined();
    expect(entry.endsWith("\n}")).toBe(true);
  });

  it("writes an untitled article as @misc, its estimated date and missing address in words, no editor's note", () => {
    const entry = bibtexEntry({
      ...BASE,
      sourceId: "cutler-2025-bilateral-talks",
      title: null,

      published: "c. Jan–Feb 2025",
      publishedInferred: true,
      publishedDate: "2025-01/2025-02",
      href: null,
      noUrl: true,
    });
    expect(entry.startsWith("@misc{cutler-2025-bilateral-talks,")).toBe(true);
    expect(field(entry, "title")).toBeUndefined();
    expect(field(entry, "howpublished")).toBe("{Central Asia-Caucasus Analyst (CACI Analyst)}");
    expect(field(entry, "year")).toBe("{2025}");
    expect(field(entry, "month")).toBeUndefined();
    expect(field(entry, "url")).toBeUndefined();
    expect(field(entry, "note")).toBe(
      "{Publication date estimated: Jan–Feb 2025. Title not shown on the publisher’s page. " +
        "No web address of its own was found for this article}",
    );
  });

  it("gives an inferred date within one month its month, and a range across years both years", () => {
    const oneMonth = bibtexEntry({
      ...BASE,
      publishedInferred: true,
      published: "c. Feb 2023",
      publishedDate: "2023-02-16/2023-02-28",
    });
    expect(field(oneMonth, "month")).toBe("feb");
    expect(field(oneMonth, "note")).toBe("{Publication date estimated: Feb 2023}");
    const acrossYears = bibtexEntry({
      ...BASE,
      publishedInferred: true,
      published: "c. Dec 2021–Apr 2022",
      publishedDate: "2021-12/2022-04",
    });
    expect(field(acrossYears, "year")).toBe("{2021--2022}");
    expect(field(acrossYears, "month")).toBeUndefined();
  });

  it("drops an affiliation from the author and braces a name that still holds a comma", () => {
    expect(
      field(
        bibtexEntry({ ...BASE, author: "Richard Giragosian (Director, Regional Studies Center, Yerevan)" }),
        "author",
      ),
    ).toBe("{Richard Giragosian}");
    expect(field(bibtexEntry({ ...BASE, author: "Carnegie Endowment, Moscow office" }), "author")).toBe(
      "{{Carnegie Endowment, Moscow office}}",
    );
  });

  it("keeps braces balanced whatever the title, publication and URL hold", () => {
    const entry = bibtexEntry({
      ...BASE,
      title: "Deals {worth} $5bn & 50% of {trade",
      publication: "A_B \\ C}",
      href: "https://x.org/a{b}c d\\e%20f#frag",
    });
    expect(balanced(entry)).toBe(true);
    expect(field(entry, "url")).toBe("{https://x.org/a%7Bb%7Dc%20d%5Ce%20f}");
  });
});

describe("keys and URLs", () => {
  it("strips characters BibTeX keys cannot hold", () => {
    expect(bibtexKey('a b,c{d}"e#f%g~h=i(j)')).toBe("abcdefghij");
    expect(bibtexKey(",,,")).toBe("source");
  });

  it("percent-encodes only what would break a verbatim url field", () => {
    expect(bibtexUrl("https://x.org/a_b~c?d=1&e=%20#f")).toBe("https://x.org/a_b~c?d=1&e=%20#f");
  });
});

describe("chartBibtex", () => {
  it("lists each article once, in order of first footnote", () => {
    const again = TRADE_SPEC.footnotes.slice(0, 1).map((f) => ({ ...f, n: 99, quote: "another sentence" }));
    const spec = { ...TRADE_SPEC, footnotes: [...TRADE_SPEC.footnotes, ...again] };
    const text = chartBibtex(spec);
    const keys = [...text.matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1]);
    expect(keys).toEqual([...new Set(TRADE_SPEC.footnotes.map((f) => f.sourceId))]);
    expect(balanced(text)).toBe(true);
  });
});
