import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GAS_SPEC, TRADE_SPEC } from "@/tests/fixtures/chart-fixtures";
import { renderStatic } from "@/lib/html/static-markup";
import { HEIGHT_SCRIPT, HEIGHT_SCRIPT_CSP } from "@/lib/embed/height-script";
import { createHash } from "node:crypto";
import { embedCss } from "./embed-css";
import { embedHtml, embedVisibleText } from "./embed-document";
import { EmbedView } from "./embed-view";
import type { EmbedOptions } from "@/lib/embed/embed-options";

const FONTS = { 400: "/embed/fonts/x-400-000000000000.woff2", 600: "/embed/fonts/x-600-000000000000.woff2" };
const OPTIONS: EmbedOptions[] = [
  { theme: "light", footnotes: "show", height: null },
  { theme: "dark", footnotes: "hide", height: 400 },
  { theme: "auto", footnotes: "show", height: null },
];
const URL = "https://example.org/stories/x#chart-y";

const NOTICE = { text: "A figure changed since this chart was embedded: x.", href: "https://example.org/changes/3" };

describe("the embed as plain HTML", () => {
  it("is the markup React itself writes for the same components", () => {
    for (const spec of [TRADE_SPEC, GAS_SPEC])
      for (const options of OPTIONS) {
        const view = createElement(EmbedView, { spec, options, dashboardUrl: URL, notice: NOTICE });
        const [ours, react] = [renderStatic(view), renderToStaticMarkup(view)];
        const at = [...ours].findIndex((c, i) => c !== react[i]);
        expect(ours.slice(at - 80, at + 80), `${spec.id}`).toBe(react.slice(at - 80, at + 80));
        expect(ours.length).toBe(react.length);
      }
  });

  it("has one script, the height script whose hash the CSP allows, and no framework", () => {
    const html = embedHtml({ spec: TRADE_SPEC, options: OPTIONS[0]!, dashboardUrl: URL, oembedUrl: URL, fonts: FONTS });
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.[1]).toBe("");
    expect(scripts[0]?.[2]).toBe(HEIGHT_SCRIPT);
    const hash = createHash("sha256")
      .update(scripts[0]?.[2] ?? "")
      .digest("base64");
    expect(HEIGHT_SCRIPT_CSP).toBe(`'sha256-${hash}'`);
    expect(html).not.toContain("_next");
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en" data-theme="light"><head><meta charset="utf-8">/);
  });

  it("shows a notice line only when given one", () => {
    const args = { spec: TRADE_SPEC, options: OPTIONS[0]!, dashboardUrl: URL, oembedUrl: URL, fonts: FONTS };
    expect(embedHtml(args)).not.toContain("data-embed-notice");
    const html = embedHtml({ ...args, notice: NOTICE });
    expect(html).toMatch(/<p [^>]*data-embed-notice[^>]*>A figure changed since this chart was embedded: x\. <a /);
    expect(html).toContain('href="https://example.org/changes/3" target="_blank"');
  });

  it("has a font subset that covers any notice, so an embed with one needs no other font file", () => {
    const text = embedVisibleText(TRADE_SPEC, URL);
    for (const c of "A figure changed since this chart was embedded: What changed ≈ $12.4B → 2024–2025") {
      expect(text).toContain(c);
    }
  });

  it("has a style rule for every class it renders", () => {
    const css = embedCss(FONTS);
    for (const spec of [TRADE_SPEC, GAS_SPEC])
      for (const options of OPTIONS) {
        const html = embedHtml({ spec, options, dashboardUrl: URL, oembedUrl: URL, fonts: FONTS });
        const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? "").split(/\s+/)));
        const missing = [...classes].filter((c) => {
          const escaped = c.replace(/[[\]():]/g, (ch) => `\\${ch}`);
          return c !== "" && c !== "embed" && !css.includes(`.${escaped}`) && !["footnote"].includes(c);
        });
        expect(missing, `${spec.id} ${options.theme}-${options.footnotes}`).toEqual([]);
      }
  });

  it("lists the characters the page shows, for its font subset, without markup or styles", () => {
    const text = embedVisibleText(TRADE_SPEC, URL);
    expect(text).toContain(TRADE_SPEC.title);
    // The subset also holds printable ASCII ("<" and ">" among it) for a notice; markup itself never shows.
    expect(text).not.toMatch(/<[a-z/]|font-face|data-chart/);
  });
});
