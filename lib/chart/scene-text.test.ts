import { describe, expect, it } from "vitest";
import { advance } from "./scene-text";

describe("text measured from Inter's font file", () => {
  it("kerns: a kerned pair is narrower than its letters apart", () => {
    expect(advance("AV", 100)).toBeLessThan(advance("A", 100) + advance("V", 100) - 1);
    expect(advance("To", 100, 700)).toBeLessThan(advance("T", 100, 700) + advance("o", 100, 700) - 1);
  });

  it("measures Cyrillic from its own glyphs, not a stand-in width", () => {
    const russia = advance("Россия", 100);
    expect(russia).not.toBeCloseTo(6 * 72, 0);
    expect(russia).toBeGreaterThan(advance("Poccnr", 100) * 0.9);
    expect(advance("Ш", 100)).toBeGreaterThan(advance("г", 100) * 1.4);
  });

  it("bolder is wider, and sizes scale linearly", () => {
    expect(advance("Armenia", 100, 700)).toBeGreaterThan(advance("Armenia", 100, 400));
    expect(advance("Armenia", 20)).toBeCloseTo(advance("Armenia", 10) * 2, 6);
  });

  it("gives characters Inter lacks (Armenian, CJK) the fallback font's likely width", () => {
    expect(advance("Հայաստան", 100)).toBeCloseTo(8 * 72, 0);
    expect(advance("中国", 100)).toBeCloseTo(200, 0);
  });
});
