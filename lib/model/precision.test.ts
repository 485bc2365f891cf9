import { describe, expect, it } from "vitest";
import { observation, series } from "../../tests/fixtures/model-fixtures";
import { formatBounded } from "./format";
import { maxSignificantDigits, roundToSignificant } from "./precision";
import { computeRatio } from "./ratio";

describe("precision: never more precise than the article", () => {
  it("reads the significant figures a stated value can carry", () => {
    expect(maxSignificantDigits(2.5e9, "USD")).toBe(2); // "$2.5 billion"
    expect(maxSignificantDigits(12.4e9, "USD")).toBe(3); // "$12.4 billion"
    expect(maxSignificantDigits(300e6, "USD")).toBe(3); // "$300 million": one to three
    expect(maxSignificantDigits(70, "percent-change")).toBe(2); // "near-70%": two at most
    expect(maxSignificantDigits(3000, "people")).toBe(4); // "3,000"
    expect(roundToSignificant(4.25e9, 2)).toBe(4.3e9);
  });

  it("writes a derived value at its precision, and a range as a range", () => {
    expect(formatBounded({ value: 4.25e9, unit: "USD", bound: "approx", precision: 2 })).toBe("≈ $4.3B");
    expect(formatBounded({ value: 2, valueHigh: 2.5, unit: "years", bound: "exact" })).toBe("2–2.5 years");
    expect(formatBounded({ value: 14e9, valueHigh: 16e9, unit: "USD", bound: "approx" })).toBe("≈ $14B–$16B");
  });

  it("rounds a ratio to its less precise input: $12.4B ÷ $2.5B is ≈ 5×, not 4.96×", () => {
    const data = [
      series("t", "Trade", "USD", [
        observation("t/2021", "2021", { value: 2.5e9 }),
        observation("t/2024", "2024", { value: 12.4e9 }),
      ]),
    ];
    const r = computeRatio("x", "t/2024", "t/2021", data);
    expect(r).toMatchObject({ text: "≈ 5×", precision: 2, approximate: true });
    expect(r?.value).toBeCloseTo(4.96);
  });
});
