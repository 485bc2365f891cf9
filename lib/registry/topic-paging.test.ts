import { describe, expect, it } from "vitest";
import { kindParts, pageCount, pageSlice, parsePageParam, TOPIC_PAGE_SIZE, totalOf } from "./topic-paging";

describe("parsePageParam", () => {
  it("reads an absent page as the first, and a plain positive integer as itself", () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam("1")).toBe(1);
    expect(parsePageParam("2")).toBe(2);
    expect(parsePageParam("80")).toBe(80);
  });
  it("refuses anything a pager never links to", () => {
    for (const bad of ["", "0", "-1", "1.5", "01", "2e3", " 2", "2 ", "+2", "abc", "0x10", "１", "9999999"])
      expect(parsePageParam(bad), bad).toBe(null);
    expect(parsePageParam(["2", "3"])).toBe(null);
    expect(parsePageParam([])).toBe(null);
  });
});

describe("pages of a topic", () => {
  it("has one page even when empty, and a last page that is not full", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(TOPIC_PAGE_SIZE)).toBe(1);
    expect(pageCount(TOPIC_PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(4007)).toBe(Math.ceil(4007 / TOPIC_PAGE_SIZE));
  });
  it("starts page n after the n - 1 pages before it", () => {
    expect(pageSlice(1)).toEqual({ offset: 0, limit: TOPIC_PAGE_SIZE });
    expect(pageSlice(3)).toEqual({ offset: 2 * TOPIC_PAGE_SIZE, limit: TOPIC_PAGE_SIZE });
  });
});

describe("kindParts", () => {
  const counts = { indicator: 120, fact: 3, context: 40 };
  it("reads a page within one kind as one run of it", () => {
    expect(kindParts(counts, 50, 50)).toEqual([{ kind: "indicator", offset: 50, limit: 50 }]);
  });
  it("reads a page across kinds as a run of each, in the kinds' order", () => {
    expect(kindParts(counts, 100, 50)).toEqual([
      { kind: "indicator", offset: 100, limit: 20 },
      { kind: "fact", offset: 0, limit: 3 },
      { kind: "context", offset: 0, limit: 27 },
    ]);
  });
  it("ends at the last series, and gives nothing past it or of a kind the topic lacks", () => {
    expect(kindParts(counts, 150, 50)).toEqual([{ kind: "context", offset: 27, limit: 13 }]);
    expect(kindParts(counts, 163, 50)).toEqual([]);
    expect(kindParts({ fact: 2 }, 0, 20)).toEqual([{ kind: "fact", offset: 0, limit: 2 }]);
    expect(totalOf(counts)).toBe(163);
    expect(totalOf(undefined)).toBe(0);
  });
});
