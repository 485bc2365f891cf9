import { describe, expect, it } from "vitest";
import { searchStatus } from "./status";

const base = { q: "Armenia", shown: 30, more: false, rankedAmong: null, cutTo: null };

describe("searchStatus", () => {
  it("says when more results were found than are shown", () => {
    expect(searchStatus({ ...base, more: true })).toBe(
      "The 30 best of more than 30 results for “Armenia”: add a word to narrow them.",
    );
    expect(searchStatus({ ...base, shown: 1 })).toBe("1 result for “Armenia”.");
    expect(searchStatus({ ...base, shown: 0 })).toBe("No figure, series or source matches “Armenia”.");
  });

  it("never calls the first found the best, and says what was not searched", () => {
    expect(searchStatus({ ...base, more: true, rankedAmong: 200, cutTo: 200 })).toBe(
      "30 results for “Armenia”. Only the first 200 characters were searched. These words are in more than 200 entries: these are the first found, not the best; add a word to narrow them.",
    );
  });
});
