import { describe, expect, it } from "vitest";
import { parseVariantSegment, VARIANT_SEGMENTS, variantSegment } from "./embed-variant";

describe("embed variants", () => {
  it("are the five non-default theme × footnotes pairs, each read back as itself", () => {
    expect(VARIANT_SEGMENTS).toHaveLength(5);
    expect(VARIANT_SEGMENTS).not.toContain("light-show");
    for (const segment of VARIANT_SEGMENTS) {
      const options = parseVariantSegment(segment);
      expect(options && variantSegment(options)).toBe(segment);
      expect(options?.height).toBeNull();
    }
  });

  it("refuses anything else, so no request can add a page", () => {
    for (const segment of ["light-show", "purple-show", "dark", "dark-hide-600", ""])
      expect(parseVariantSegment(segment)).toBeNull();
  });
});
