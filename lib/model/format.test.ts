import { describe, expect, it } from "vitest";
import { describeBounded, formatBounded, formatValue } from "./format";

describe("formatting values with their bounds", () => {
  it("writes money compactly without losing the article's digits", () => {
    expect(formatValue(12_400_000_000, "USD")).toBe("$12.4B");
    expect(formatValue(4_250_000_000, "USD")).toBe("$4.25B");
    expect(formatValue(300_000_000, "USD")).toBe("$300M");
    expect(formatValue(1_600_000_000, "USD", "full")).toBe("$1,600,000,000");
  });
  it("writes other units", () => {
    expect(formatValue(94, "percent")).toBe("94%");
    expect(formatValue(70, "percent-change")).toBe("+70%");
    expect(formatValue(3000, "count", "full")).toBe("3,000");
    expect(formatValue(3000, "people")).toBe("3,000 people");
    expect(formatValue(7200, "km")).toBe("7,200 km");
    expect(formatValue(1_500_000, "people")).toBe("1.5M people");
    expect(formatValue(55, "bcm")).toBe("55 bcm");
    expect(formatValue(25, "years")).toBe("25 years");
  });
  it("writes bounds as symbols and as words", () => {
    expect(formatBounded({ value: 4e9, unit: "USD", bound: "max" })).toBe("≤ $4B");
    expect(formatBounded({ value: 90, unit: "percent", bound: "min", strict: true })).toBe("> 90%");
    expect(formatBounded({ value: 10, unit: "percent", bound: "max", strict: true })).toBe("< 10%");
    expect(formatBounded({ value: 2e9, unit: "USD", bound: "approx" })).toBe("≈ $2B");
    expect(formatBounded({ value: 12.4e9, unit: "USD", bound: "exact" })).toBe("$12.4B");
    expect(describeBounded({ value: 3e8, unit: "USD", bound: "min" })).toBe("at least $300M");
    expect(describeBounded({ value: 90, unit: "percent", bound: "min", strict: true })).toBe("more than 90%");
  });
});
