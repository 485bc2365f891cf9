import { describe, expect, it } from "vitest";
import { TRADE_SPEC } from "../../tests/fixtures/chart-fixtures";
import { DEFAULT_EMBED_OPTIONS } from "./embed-options";
import { chartFromUrl, oembedResponse, parseOembedQuery, type OembedQuery } from "./oembed";
import { STORIES } from "../registry/stories";

const SITE = "https://flows.example.org";
const story = STORIES[0];
if (!story) throw new Error("no stories");
const chartOf = (url: string) => chartFromUrl(url, SITE);

describe("parseOembedQuery", () => {
  const parse = (query: string) => parseOembedQuery(new URLSearchParams(query));

  it("needs a url, defaults to json and reads maxwidth and maxheight", () => {
    expect(parse(`url=${encodeURIComponent(SITE)}`)).toEqual({
      ok: true,
      value: { url: SITE, maxwidth: null, maxheight: null },
    });
    expect(parse("url=x&format=json&maxwidth=500&maxheight=900")).toEqual({
      ok: true,
      value: { url: "x", maxwidth: 500, maxheight: 900 },
    });
  });

  it("answers a missing url with 400 and a format it cannot write with 501", () => {
    expect(parse("")).toMatchObject({ ok: false, status: 400 });
    expect(parse("url=")).toMatchObject({ ok: false, status: 400 });
    expect(parse("url=x&format=xml")).toMatchObject({ ok: false, status: 501 });
  });

  it.each(["maxwidth=0", "maxwidth=abc", "maxheight=-5", "maxheight=1.5"])("refuses %s", (q) => {
    expect(parse(`url=x&${q}`)).toMatchObject({ ok: false, status: 400 });
  });
});

describe("chartFromUrl", () => {
  it("reads an embed URL, keeping its options", () => {
    expect(chartOf(`${SITE}/embed/russia-armenia-trade`)).toEqual({
      ok: true,
      chartId: "russia-armenia-trade",
      options: DEFAULT_EMBED_OPTIONS,
    });
    expect(chartOf(`${SITE}/embed/russia-armenia-trade?theme=dark&utm_source=x`)).toMatchObject({
      ok: true,
      options: { theme: "dark" },
    });
  });

  it("gives a story's first chart, or the one its anchor names", () => {
    expect(chartOf(`${SITE}/stories/${story.slug}`)).toMatchObject({ ok: true, chartId: story.charts[0]?.id });
    expect(chartOf(`${SITE}/stories/${story.slug}/`)).toMatchObject({ ok: true, chartId: story.charts[0]?.id });
    expect(chartOf(`${SITE}/stories/${story.slug}#chart-${story.charts[0]?.id}`)).toMatchObject({
      ok: true,
      chartId: story.charts[0]?.id,
    });
    expect(chartOf(`${SITE}/stories/${story.slug}#main`)).toMatchObject({ ok: true, chartId: story.charts[0]?.id });
  });

  it("gives a series page its series chart", () => {
    expect(chartOf(`${SITE}/series/ru-am-trade-turnover`)).toMatchObject({
      ok: true,
      chartId: "series-ru-am-trade-turnover",
    });
  });

  it("accepts the other scheme of the same host", () => {
    expect(chartOf(`http://flows.example.org/series/x`)).toMatchObject({ ok: true, chartId: "series-x" });
  });

  it.each([
    ["another site", "https://evil.example.com/stories/russia-armenia-trade"],
    ["another port", "https://flows.example.org:8443/series/x"],
    ["a page without a chart", `${SITE}/sources`],
    ["the home page", `${SITE}/`],
    ["an unknown story", `${SITE}/stories/nope`],
    ["an anchor naming another story's chart", `${SITE}/stories/${story.slug}#chart-nope`],
    ["a deeper path", `${SITE}/series/x/y`],
    ["a path that is not a slug", `${SITE}/series/..%2Fetc`],
  ])("is a 404 for %s", (_, url) => {
    expect(chartOf(url)).toMatchObject({ ok: false, status: 404 });
  });

  it.each([
    ["not a URL", "stories/x"],
    ["another scheme", "javascript:alert(1)"],
    ["a bad embed option", `${SITE}/embed/x?theme=purple`],
  ])("is a 400 for %s", (_, url) => {
    expect(chartOf(url)).toMatchObject({ ok: false, status: 400 });
  });
});

describe("oembedResponse", () => {
  const answer = (query: Partial<OembedQuery> = {}) =>
    oembedResponse({
      spec: TRADE_SPEC,
      options: DEFAULT_EMBED_OPTIONS,
      query: { url: SITE, maxwidth: null, maxheight: null, ...query },
      siteUrl: SITE,
      siteName: "Flows",
      dataVersion: "2026-11-30.1",
    });

  it("is a rich oEmbed 1.0 answer whose html is the embed code", () => {
    const a = answer();
    expect(a).toMatchObject({
      ok: true,
      value: {
        version: "1.0",
        type: "rich",
        title: TRADE_SPEC.title,
        provider_name: "Flows",
        provider_url: `${SITE}/`,
      },
    });
    if (!a.ok) return;
    expect(a.value.html).toContain(`src="${SITE}/embed/${TRADE_SPEC.id}"`);
    expect(a.value.html).toContain(`height="${a.value.height}"`);
    expect(a.value.thumbnail_url).toBe(`${SITE}/charts/${TRADE_SPEC.id}.png?width=${a.value.thumbnail_width}`);
  });

  it("keeps within maxwidth, and within maxheight by fixing the frame's height", () => {
    const a = answer({ maxwidth: 400, maxheight: 300 });
    if (!a.ok) throw new Error(a.message);
    expect(a.value.width).toBeLessThanOrEqual(400);
    expect(a.value.height).toBe(300);
    expect(a.value.html).toContain("height=300");
  });

  it("cannot fit a frame under 200 pixels", () => {
    expect(answer({ maxheight: 150 })).toMatchObject({ ok: false, status: 404 });
  });
});
