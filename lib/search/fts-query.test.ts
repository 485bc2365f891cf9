import { describe, expect, it } from "vitest";
import { completedWord, snippetSegments, toFtsQuery, withoutPrefix } from "./fts-query";

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
  });
  it("leaves out a last word of one character after others, and reads the rest as ended", () => {
    // Every match of "JF 1…" is a match of "JF": the reader sees those while typing, not nothing.
    expect(toFtsQuery("JF-1")).toBe('"JF"');
    expect(toFtsQuery("Su-30 5")).toBe('"Su 30"');
    expect(toFtsQuery("arms i")).toBe('"arms"');
    expect(toFtsQuery("Ուղղաթիռ ա")).toBe('"Ուղղաթիռ"');
  });

  it("keeps a decimal's last digit: the number is whole ('1.6' is not '1')", () => {
    expect(toFtsQuery("1.6")).toBe('"1 6"');
    expect(toFtsQuery("$12.4 billion")).toMatch(/^"12 4" AND \("billion" \* OR /);
    expect(toFtsQuery("Su-30 5")).toBe('"Su 30"');
  });
});

describe("a typed-ahead word whose stem is not its prefix", () => {
  it("also finds the word it may be the beginning of, searched whole (FTS5 stems it as it stemmed the text)", () => {
    expect(toFtsQuery("governm")).toBe('("governm" * OR "government")');
    expect(toFtsQuery("plann")).toMatch(/^\("plann" \* OR "plann[a-z]+"\)$/);
    expect(toFtsQuery("the operat")).toBe('"the" AND ("operat" * OR "operation")');
  });
  it("is its prefix alone when that reaches every stem ('with' of 'without', 'state' of 'statement' never)", () => {
    for (const text of ["without", "statement", "training", "withd", "army", "they", "17", "Ուղղաթիռ", "JF-17"])
      expect(toFtsQuery(text)).toBe(`"${text.replace("-", " ")}" *`);
  });
  it("looks for a final y also as the prefix without it, which porter would have read as an i", () => {
    expect(toFtsQuery("Pashiny")).toBe('("Pashiny" * OR "Pashin" *)');
    expect(toFtsQuery("analy")).toBe('("analy" * OR "anal" *)');
    expect(toFtsQuery("they")).toBe('"they" *');
  });
});

describe("a word an article may have written otherwise", () => {
  it("also finds a number written in thousands, as typed so far or whole", () => {
    expect(toFtsQuery("3000")).toBe('("3000" * OR "3 000")');
    expect(toFtsQuery("3000 soldiers")).toBe('("3000" OR "3 000") AND "soldiers" *');
  });
  it("also finds a name of letters and digits written with a hyphen, and never types ahead one character", () => {
    expect(toFtsQuery("JF17")).toBe('("JF17" * OR "JF 17" *)');
    expect(toFtsQuery("S4")).toBe('("S4" * OR "S 4")');
    expect(toFtsQuery("Su30 jets")).toBe('("Su30" OR "Su 30") AND "jets" *');
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

describe("completedWord", () => {
  it("is the typed-ahead word of a query that looks for more than its prefix, in lower case", () => {
    expect(completedWord(toFtsQuery("Citin") ?? "")).toBe("citin");
    expect(completedWord(toFtsQuery("Pashiny") ?? "")).toBe("pashiny");
    expect(completedWord(toFtsQuery("arms plann") ?? "")).toBe("plann");
    // Porter stems these shorter: their prefix search reaches words that do not begin with them.
    expect(completedWord(toFtsQuery("arms") ?? "")).toBe("arms");
    expect(completedWord(toFtsQuery("training") ?? "")).toBe("training");
    expect(completedWord(toFtsQuery("did not exceed") ?? "")).toBe("exceed");
  });
  it("is null for a query that looks for its last word's prefix only, or no prefix", () => {
    for (const text of ["JF-17", "mill", "Azerb", "JF-1", "1.6", "Ուղղաթիռ"])
      expect(completedWord(toFtsQuery(text) ?? ""), text).toBe(null);
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
