import { describe, expect, it } from "vitest";
import { snippetSegments, toFtsQuery, withoutPrefix } from "./fts-query";

describe("toFtsQuery", () => {
  it("quotes every word and keeps hyphenated names as one phrase", () => {
    expect(toFtsQuery("JF-17")).toBe('"JF 17" *');
    expect(toFtsQuery("arms imports")).toBe('"arms" AND ("imports" * OR "import")');
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

describe("a typed-ahead word whose stem is shorter than what was typed", () => {
  it("also finds the stems it can be on the way past: what is cut off begins a suffix porter takes off", () => {
    expect(toFtsQuery("governm")).toBe('("governm" * OR "govern")');
    expect(toFtsQuery("arms operation")).toBe('"arms" AND ("operation" * OR "operatio" OR "operat" OR "opera")');
    expect(toFtsQuery("training")).toBe('("training" * OR "train")');
  });
  it("never a shorter word that is not a stem porter keeps ('with' of 'without', 'state' of 'statement')", () => {
    expect(toFtsQuery("without")).toBe('("without" * OR "withou")');
    expect(toFtsQuery("statement")).toBe('("statement" * OR "statemen" OR "statem")');
  });
  it("leaves short words, numbers, other scripts and phrases as prefixes only", () => {
    for (const text of ["withd", "army", "they", "202412", "Ուղղաթիռ", "JF-17"])
      expect(toFtsQuery(text)).toBe(`"${text.replace("-", " ")}" *`);
  });
  it("looks for a final y also as the prefix without it, which porter would have read as an i", () => {
    expect(toFtsQuery("Pashiny")).toBe('("Pashiny" * OR "Pashin" *)');
  });
});

describe("withoutPrefix", () => {
  it("drops the type-ahead star of the last word only, and the stems it stood for", () => {
    expect(withoutPrefix(toFtsQuery("did not exceed") ?? "")).toBe('"did" "not" "exceed"');
    expect(withoutPrefix('"JF 17"')).toBe('"JF 17"');
    expect(withoutPrefix(toFtsQuery("arms governm") ?? "")).toBe('"arms" "governm"');
    expect(withoutPrefix(toFtsQuery("Pashiny") ?? "")).toBe('"Pashiny"');
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
