import { describe, expect, it } from "vitest";
import { pageCount, pageSlice, parsePageParam, TOPIC_PAGE_SIZE } from "./topic-paging";

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
