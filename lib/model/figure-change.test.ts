import { describe, expect, it } from "vitest";
import { describeChange, type FigureChangeView } from "./figure-change";

const base: FigureChangeView = {
  id: 1,
  publishId: 1,
  observationId: "ru-am-trade/2022",
  seriesSlug: "ru-am-trade",
  period: "2022",
  kind: "changed",
  oldValue: 4.25e9,
  oldValueHigh: null,
  oldPrecision: null,
  oldBound: "approx",
  oldStrict: false,
  oldQuote: "old",
  newValue: 4.3e9,
  newValueHigh: null,
  newPrecision: null,
  newBound: "approx",
  newStrict: false,
  newQuote: "new",
  publishedAt: "2026-12-04T10:00:00.000Z",
  version: "abc",
};

describe("describeChange", () => {
  it("says what a corrected figure was, with its bound", () => {
    expect(describeChange(base, "USD")).toBe("corrected on 2026-12-04: was ≈ $4.25B, now ≈ $4.3B");
  });
  it("keeps a strict upper bound strict", () => {
    const c = { ...base, oldValue: 10, oldBound: "max" as const, oldStrict: true, newValue: 9 };
    expect(describeChange({ ...c, newBound: "max", newStrict: true }, "percent")).toBe(
      "corrected on 2026-12-04: was < 10%, now < 9%",
    );
  });
  it("never shows the old figure more precisely than the article said", () => {
    expect(describeChange({ ...base, oldPrecision: 2, newValue: 4.1e9 }, "USD")).toBe(
      "corrected on 2026-12-04: was ≈ $4.3B, now ≈ $4.1B",
    );
  });
  it("names added, removed, quote-only and other changes", () => {
    expect(describeChange({ ...base, kind: "added", oldValue: null, oldBound: null }, "USD")).toBe(
      "added on 2026-12-04: ≈ $4.3B",
    );
    expect(describeChange({ ...base, kind: "removed", newValue: null, newBound: null }, "USD")).toBe(
      "removed on 2026-12-04: was ≈ $4.25B",
    );
    expect(describeChange({ ...base, newValue: 4.25e9 }, "USD")).toBe("quote corrected on 2026-12-04");
    expect(describeChange({ ...base, newValue: 4.25e9, newQuote: "old" }, "USD")).toBe(
      "details corrected on 2026-12-04",
    );
  });
});
