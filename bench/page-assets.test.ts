import { describe, expect, it } from "vitest";
import { fontUrls, pageAssets } from "./page-assets";
import { median } from "./markdown-table";

const PAGE = "http://127.0.0.1:3500/stories/x";

describe("pageAssets", () => {
  it("collects scripts, preloaded scripts, stylesheets and inline scripts, once each", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/b.js"/>',
      '<link rel="preload" as="font" href="/f.woff2"/>',
      '<script src="/_next/b.js" async=""></script>',
      '<script src="/_next/c.js?v=1&amp;x=2" async=""></script>',
      "<script>self.__next_f.push([1])</script>",
      '<script type="application/ld+json">{"a":1}</script>',
      '<style data-precedence="next">body{margin:0}</style>',
    ].join("");
    expect(pageAssets(html, PAGE)).toEqual({
      scripts: ["http://127.0.0.1:3500/_next/b.js", "http://127.0.0.1:3500/_next/c.js?v=1&x=2"],
      stylesheets: ["http://127.0.0.1:3500/_next/a.css"],
      inlineScripts: ["self.__next_f.push([1])"],
      inlineStyles: ["body{margin:0}"],
    });
  });

  it("leaves out nomodule scripts, which current browsers never download", () => {
    const html = '<script src="/polyfills.js" noModule=""></script><script src="/main.js"></script>';
    expect(pageAssets(html, PAGE).scripts).toEqual(["http://127.0.0.1:3500/main.js"]);
  });
});

describe("fontUrls", () => {
  it("takes the first source of each face, resolved against the stylesheet", () => {
    const css =
      '@font-face{font-family:Inter;src:url(../media/a.woff2)format("woff2"),url(../media/a.woff)format("woff")}' +
      "@font-face{font-family:Inter;src:url('../media/b.woff2') format('woff2')}";
    expect(fontUrls(css, "http://h/_next/static/chunks/x.css")).toEqual([
      "http://h/_next/static/media/a.woff2",
      "http://h/_next/static/media/b.woff2",
    ]);
  });
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([0.9, 0.7, 1])).toBe(0.9);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
