import { describe, expect, it } from "vitest";
import { formatPeriod, formatPublished, parsePeriod } from "./period";

describe("parsePeriod", () => {
  it("reads years, months, days and intervals", () => {
    expect(parsePeriod("2024")).toEqual({ start: "2024-01-01", end: "2024-12-31", isInterval: false });
    expect(parsePeriod("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29", isInterval: false });
    expect(parsePeriod("2024-09-18")).toEqual({ start: "2024-09-18", end: "2024-09-18", isInterval: false });
    expect(parsePeriod("2011/2020")).toEqual({ start: "2011-01-01", end: "2020-12-31", isInterval: true });
  });
  it("rejects malformed periods", () => {
    for (const bad of ["24", "2024-13", "2023-02-29", "2020/2011", "2020/2021/2022", "a few years ago", "2024-1", ""]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });
});

describe("formatPeriod", () => {
  it("writes periods for readers", () => {
    expect(formatPeriod("2011/2020")).toBe("2011–2020");
    expect(formatPeriod("2024-02")).toBe("Feb 2024");
    expect(formatPeriod("2024-09-18")).toBe("18 Sept 2024");
  });
  it("marks inferred publication dates as approximate", () => {
    expect(formatPublished("2023-02-16/2023-02-28", true)).toBe("c. Feb 2023");
    expect(formatPublished("2025-01/2025-02", true)).toBe("c. Jan–Feb 2025");
    expect(formatPublished("2024-10/2025-02", true)).toBe("c. Oct 2024–Feb 2025");
    expect(formatPublished("2025-02-21", false)).toBe("21 Feb 2025");
  });
});
