import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_OPTIONS, embedQuery, isDefaultEmbed, parseEmbedOptions } from "./embed-options";

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query));

describe("parseEmbedOptions", () => {
  it("defaults to the light theme, footnotes shown and a frame that grows", () => {
    expect(DEFAULT_EMBED_OPTIONS.theme).toBe("light");
    expect(parse("")).toEqual({ ok: true, value: DEFAULT_EMBED_OPTIONS });
  });

  it("reads every option", () => {
    expect(parse("theme=dark&footnotes=hide&height=600")).toEqual({
      ok: true,
      value: { theme: "dark", footnotes: "hide", height: 600 },
    });
    expect(parse("height=200")).toMatchObject({ ok: true, value: { height: 200 } });
    expect(parse("height=2000")).toMatchObject({ ok: true, value: { height: 2000 } });
  });

  it.each([
    "theme=purple",
    "theme=",
    "footnotes=maybe",
    "height=0",
    "height=abc",
    "height=199",
    "height=2001",
    "height=300.5",
    "height=-300",
    "height=1e3",
    "theme=dark&theme=light",
  ])("refuses %s with a reason", (query) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^(theme|footnotes|height) /);
  });

  it("ignores parameters it does not know, such as the tracking ones a CMS appends", () => {
    expect(parse("utm_source=newsletter&fbclid=x")).toEqual({ ok: true, value: DEFAULT_EMBED_OPTIONS });
  });
});

describe("embedQuery", () => {
  it("writes only what differs from the defaults, in a fixed order", () => {
    expect(embedQuery(DEFAULT_EMBED_OPTIONS)).toBe("");
    expect(embedQuery({ height: 500, footnotes: "hide", theme: "auto" })).toBe("?theme=auto&footnotes=hide&height=500");
    expect(embedQuery({ height: null, footnotes: "show", theme: "light" })).toBe("");
    expect(isDefaultEmbed({ ...DEFAULT_EMBED_OPTIONS })).toBe(true);
    expect(isDefaultEmbed({ ...DEFAULT_EMBED_OPTIONS, theme: "dark" })).toBe(false);
  });
});
