import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_OPTIONS } from "./embed-options";
import { parseEmbedVersion, parseSinceSegment, sinceSegment } from "./embed-since";

const V = "0123456789abcdef";

describe("the data version of an embed code", () => {
  it("is optional, and refused when malformed or repeated", () => {
    expect(parseEmbedVersion(new URLSearchParams(""))).toEqual({ ok: true, value: null });
    expect(parseEmbedVersion(new URLSearchParams(`v=${V}`))).toEqual({ ok: true, value: V });
    expect(parseEmbedVersion(new URLSearchParams("v=../x")).ok).toBe(false);
    expect(parseEmbedVersion(new URLSearchParams(`v=${V}&v=${V}`)).ok).toBe(false);
  });

  it("round-trips through the variant segment, default options included", () => {
    const dark = { theme: "dark", footnotes: "hide", height: null } as const;
    expect(parseSinceSegment(sinceSegment(dark, V))).toEqual({ options: dark, since: V });
    expect(parseSinceSegment(sinceSegment(DEFAULT_EMBED_OPTIONS, V))).toEqual({
      options: DEFAULT_EMBED_OPTIONS,
      since: V,
    });
    expect(parseSinceSegment("dark-hide")).toEqual({ options: dark, since: null });
  });

  it("refuses segments that are not a variant", () => {
    for (const s of ["light-show", "dark-hide~nothex", `purple-show~${V}`, `dark-hide~${V}~${V}`])
      expect(parseSinceSegment(s)).toBeNull();
  });
});
