import { describe, expect, it } from "vitest";
import { splitLettersAndDigits, thousands } from "./spellings";

describe("splitLettersAndDigits", () => {
  it("splits a word where letters meet digits, as the index splits 'JF-17'", () => {
    expect(splitLettersAndDigits("JF17")).toBe("JF 17");
    expect(splitLettersAndDigits("Su30 MKI")).toBe("Su 30 MKI");
    expect(splitLettersAndDigits("2S19m2")).toBe("2 S 19 m 2");
  });
  it("is null for a word of letters or digits only", () => {
    for (const word of ["Gyumri", "2024", "JF 17", "Ուղղաթիռ"]) expect(splitLettersAndDigits(word), word).toBe(null);
  });
});

describe("thousands", () => {
  it("writes four digits or more in groups of three from the right", () => {
    expect(thousands("3000")).toBe("3 000");
    expect(thousands("30000")).toBe("30 000");
    expect(thousands("1500000")).toBe("1 500 000");
  });
  it("is null for fewer digits or anything else", () => {
    for (const text of ["300", "3 000", "30a0", "3.5"]) expect(thousands(text), text).toBe(null);
  });
});
