import { describe, expect, it } from "vitest";
import { GAS_SPEC, TRADE_SPEC } from "../../tests/fixtures/chart-fixtures";
import { DEFAULT_EMBED_WIDTH, embedCode, embedUrl, escapeAttr, estimateEmbedHeight } from "./embed-code";

const SITE = "https://flows.example.org";

/** The attributes of the first `tag` element in `html`, read back the way a browser would unescape them. */
function attributes(html: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}\\s([^>]*)>`).exec(html)?.[1] ?? "";
  const unescape = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return Object.fromEntries([...open.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], unescape(m[2] ?? "")]));
}

describe("embedCode", () => {
  const code = embedCode({ spec: TRADE_SPEC, siteUrl: SITE });

  it("is an iframe, the resizer script and a no-script image, in that order", () => {
    expect(code).toMatch(
      /^<iframe [^>]*><\/iframe><script async src="[^"]*"><\/script><noscript><img [^>]*><\/noscript>$/,
    );
  });

  it("frames the embed page with the chart's title and a height estimated for a column", () => {
    const frame = attributes(code, "iframe");
    expect(frame.src).toBe(`${SITE}/embed/${TRADE_SPEC.id}`);
    expect(frame.title).toBe(TRADE_SPEC.title);
    expect(frame.style).toBe("width:100%;border:0");
    expect(frame.loading).toBe("lazy");
    expect(Number(frame.height)).toBe(estimateEmbedHeight(TRADE_SPEC, DEFAULT_EMBED_WIDTH));
  });

  it("loads embed.js from the site and falls back to an 800px image with the summary as its text", () => {
    expect(attributes(code, "script").src).toBe(`${SITE}/embed.js`);
    const img = attributes(code, "img");
    expect(img.src).toBe(`${SITE}/charts/${TRADE_SPEC.id}.png?width=800`);
    expect(img.alt).toBe(TRADE_SPEC.summary);
    expect(img.width).toBe("800");
  });

  it("escapes quotes, ampersands and angle brackets in every attribute", () => {
    const spec = { ...TRADE_SPEC, title: `Trade "now" & <then> 'too'`, summary: `a "b" & <c>` };
    const hostile = embedCode({ spec, siteUrl: SITE });
    expect(hostile).not.toContain(`"now"`);
    expect(hostile).not.toContain("<then>");
    expect(attributes(hostile, "iframe").title).toBe(spec.title);
    expect(attributes(hostile, "img").alt).toBe(spec.summary);
    expect(hostile.match(/<[a-z]/g)).toEqual(["<i", "<s", "<n", "<i"]);
  });

  it("carries options in the frame's address and a fixed height in its height attribute", () => {
    const fixed = embedCode({
      spec: TRADE_SPEC,
      siteUrl: SITE,
      options: { theme: "dark", footnotes: "hide", height: 480 },
    });
    const frame = attributes(fixed, "iframe");
    expect(frame.src).toBe(`${SITE}/embed/${TRADE_SPEC.id}?theme=dark&footnotes=hide&height=480`);
    expect(frame.height).toBe("480");
  });
});

describe("embedUrl", () => {
  it("is absolute on SITE_URL and percent-encodes the id", () => {
    expect(embedUrl("a b", "http://localhost:3000")).toBe("http://localhost:3000/embed/a%20b");
  });
});

describe("escapeAttr", () => {
  it("leaves nothing that could end the attribute or open a tag", () => {
    expect(escapeAttr(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
  });
});

describe("estimateEmbedHeight", () => {
  it("is taller on a narrow frame than on a wide one, and taller with footnotes than without", () => {
    expect(estimateEmbedHeight(TRADE_SPEC, 320)).toBeGreaterThan(estimateEmbedHeight(TRADE_SPEC, 1280));
    const hidden = { theme: "auto", footnotes: "hide", height: null } as const;
    expect(estimateEmbedHeight(GAS_SPEC, 640)).toBeGreaterThan(estimateEmbedHeight(GAS_SPEC, 640, hidden));
  });

  it("is the fixed height when one is asked for", () => {
    expect(estimateEmbedHeight(TRADE_SPEC, 640, { theme: "auto", footnotes: "show", height: 700 })).toBe(700);
  });
});
