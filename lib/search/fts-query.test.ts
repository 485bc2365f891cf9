import { describe, expect, it } from "vitest";
import { snippetSegments, toFtsQuery, withoutPrefix } from "./fts-query";

describe("toFtsQuery", () => {
  it("quotes every word and keeps hyphenated names as one phrase", () => {
    expect(toFtsQuery("JF-17")).toBe('"JF 17" *');
    expect(toFtsQuery("arms imports")).toBe('"arms" "imports" *');
  });
  it("never passes FTS syntax through", () => {
    expect(toFtsQuery('a" OR title:b NEAR(')).toBe('"a" "OR" "title b" "NEAR" *');
    expect(toFtsQuery('"*^:()')).toBe(null);
  });
  it("types ahead a last word of two characters or more, never of one", () => {
    expect(toFtsQuery("mill")).toBe('"mill" *');
    expect(toFtsQuery("17")).toBe('"17" *');
    expect(toFtsQuery("a")).toBe('"a"');
    expect(toFtsQuery("Su-30 5")).toBe('"Su 30" "5"');
    expect(toFtsQuery("JF-1")).toBe('"JF 1"');
    expect(toFtsQuery("Ուղղաթիռ ա")).toBe('"Ուղղաթիռ" "ա"');
  });
});

describe("withoutPrefix", () => {
  it("drops the type-ahead star of the last word only", () => {
    expect(withoutPrefix(toFtsQuery("did not exceed") ?? "")).toBe('"did" "not" "exceed"');
    expect(withoutPrefix('"JF 17"')).toBe('"JF 17"');
  });
});

describe("snippetSegments", () => {
  it("splits marked matches from plain text", () => {
    expect(snippetSegments("the \u0001Pinaka\u0002 rockets")).toEqual([
      { text: "the ", match: false },
      { text: "Pinaka", match: true },
      { text: " rockets", match: false },
    ]);
  });
});
