// oEmbed for an explorer chart answers as a built-in chart's does: the size it states is the size of the
// frame in its html, never past the consumer's maxwidth or maxheight, a chart taller than maxheight gets a
// fixed-height frame that scrolls, and no embed at all fits under the smallest embed height.
import { describe, expect, it } from "vitest";
import { cite, observation, series, source } from "../../tests/fixtures/model-fixtures";
import { composePanels } from "../chart/panels/compose";
import { MIN_EMBED_HEIGHT } from "./embed-options";
import { exploreOembed, exploreThemeFromUrl } from "./explore-embed";

const tass = source("tass", { author: "TASS", publication: "TASS", url: "https://tass.example/a" });
const trade = series("trade", "Trade", "USD", [
  observation("trade/2021", "2021", { value: 2.5e9, citations: [cite(tass, "$2.5 billion")] }),
  observation("trade/2024", "2024", { value: 12.4e9, citations: [cite(tass, "$12.4 billion")] }),
]);
const chart = composePanels({
  id: "explore",
  title: "T",
  subtitle: "S",
  note: "",
  from: null,
  to: null,
  series: [trade],
});
const query = "series=trade";

function answer(maxwidth: number | null, maxheight: number | null) {
  const oembed = { url: `https://flows.example/explore?${query}`, maxwidth, maxheight };
  return exploreOembed({ chart, query, oembed, siteUrl: "https://flows.example", siteName: "Flows" });
}

const frameHeight = (html: string) => Number(/<iframe [^>]*height="(\d+)"/.exec(html)?.[1]);
const frameSrc = (html: string) => /<iframe src="([^"]+)"/.exec(html)?.[1] ?? "";

describe("explorer oEmbed sizes", () => {
  it("states the height its frame has", () => {
    const a = answer(null, null);
    if (!a.ok) throw new Error(a.message);
    expect(frameHeight(a.value.html)).toBe(a.value.height);
  });

  it("fits a chart taller than maxheight in a frame of that height that scrolls", () => {
    const full = answer(null, null);
    if (!full.ok) throw new Error(full.message);
    const maxheight = full.value.height - 100;
    const a = answer(null, maxheight);
    if (!a.ok) throw new Error(a.message);
    expect(a.value.height).toBe(maxheight);
    expect(frameHeight(a.value.html)).toBe(maxheight);
    expect(frameSrc(a.value.html)).toBe(`https://flows.example/explore/embed?${query}&amp;height=${maxheight}`);
  });

  it("answers 404 when no embed fits in maxheight", () => {
    expect(answer(null, MIN_EMBED_HEIGHT - 1)).toEqual({
      ok: false,
      status: 404,
      message: `no embed fits in a maxheight under ${MIN_EMBED_HEIGHT}`,
    });
  });

  it("never states a width past maxwidth", () => {
    const a = answer(100, null);
    if (!a.ok) throw new Error(a.message);
    expect(a.value.width).toBeLessThanOrEqual(100);
  });
});

describe("explorer oEmbed themes", () => {
  const url = (q: string) => `https://flows.example/explore/embed?series=trade${q}`;

  it("keeps the theme of an embed URL in the frame it answers, as for a built-in chart", () => {
    expect(exploreThemeFromUrl(url("&theme=dark"))).toEqual({ ok: true, theme: "dark" });
    expect(exploreThemeFromUrl(url(""))).toEqual({ ok: true, theme: "light" });
    const oembed = { url: url("&theme=dark"), maxwidth: null, maxheight: null };
    const a = exploreOembed({ chart, query, oembed, siteUrl: "https://flows.example", siteName: "F", theme: "dark" });
    if (!a.ok) throw new Error(a.message);
    expect(frameSrc(a.value.html)).toBe(`https://flows.example/explore/embed?${query}&amp;theme=dark`);
  });

  it("refuses a theme the embed would refuse", () => {
    expect(exploreThemeFromUrl(url("&theme=blue"))).toEqual({
      ok: false,
      status: 400,
      message: "theme must be light, dark or auto",
    });
  });
});
