import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GAS_SPEC, TRADE_SPEC } from "@/tests/fixtures/chart-fixtures";
import { layoutChart } from "@/lib/chart/scene";
import { PALETTES } from "@/lib/chart/scene-palette";
import { ChartSvg } from "./chart-svg";

function render(spec = GAS_SPEC, width = 768): string {
  const scene = layoutChart(spec, { width, standalone: false });
  return renderToStaticMarkup(createElement(ChartSvg, { scene, chartId: spec.id, labelledBy: "t", describedBy: "d" }));
}

describe("ChartSvg", () => {
  it("is a scalable group labelled by the page's title and summary", () => {
    const html = render();
    const scene = layoutChart(GAS_SPEC, { width: 768, standalone: false });
    expect(html).toMatch(/^<svg [^>]*role="group"/);
    expect(html).toContain('aria-labelledby="t"');
    expect(html).toContain('aria-describedby="d"');
    expect(html).toContain(`viewBox="0 0 768 ${scene.height}"`);
    expect(html).toContain('width="100%"');
    expect(html).not.toContain('role="img"');
  });

  it("makes every mark a focusable link to its first footnote, labelled in words", () => {
    const html = render();
    const links = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(3);
    const period = links.find((l) => l.includes('data-mark="g-2011-2020"')) ?? "";
    expect(period).toContain('href="#fn-am-gas-share-1"');
    expect(period).toContain('tabindex="0"');
    expect(period).toContain('aria-label="From Russia, 2011–2020: 94%, sources 1 and 2"');
    expect(period).toContain('data-footnotes="1 2"');
    const trade = render(TRADE_SPEC);
    expect(trade).toContain('aria-label="Re-exports to Russia, 2024: at most $4B, source 4"');
    expect(trade).toContain('href="#fn-ru-am-trade-3"');
  });

  it("colours only through the --chart-* variables and hides axes, not marks, from assistive technology", () => {
    const html = render(TRADE_SPEC);
    expect(html).toMatch(/var\(--chart-series-0\)/);
    expect(html).not.toMatch(/#[0-9a-f]{6}/i);
    const insideLinks = [...html.matchAll(/<a [^>]*>(.*?)<\/a>/g)].map((m) => m[1] ?? "").join("");
    expect(insideLinks).not.toContain("aria-hidden");
    expect(html).toContain('aria-hidden="true"');
  });
});

describe("chart-svg.css", () => {
  const css = readFileSync(new URL("./chart-svg.css", import.meta.url), "utf8");
  const pairs = [...css.matchAll(/--chart-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\);/gi)];
  const theme = (i: 2 | 3) => Object.fromEntries(pairs.filter((m) => m[1] !== "focus").map((m) => [m[1], m[i]]));

  it("holds the same colours as the image palettes, and lets data-theme override the system preference", () => {
    expect(theme(2)).toEqual(PALETTES.light);
    expect(theme(3)).toEqual(PALETTES.dark);
    expect(css).toMatch(/:root \{\s*color-scheme: light dark;/);
    expect(css).toMatch(/\[data-theme="light"\] \{\s*color-scheme: light;/);
    expect(css).toMatch(/\[data-theme="dark"\] \{\s*color-scheme: dark;/);
    expect(css).toMatch(/\.chart-mark:focus-visible \{[^}]*outline:/);
  });
});
