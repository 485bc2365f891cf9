import { describe, expect, it } from "vitest";
import { porterStem, stemCompletions } from "./stems";

const stemsOf = (typed: string) => stemCompletions(typed, 4).map(porterStem);

describe("stemCompletions", () => {
  it("reaches the stem of the word being typed when porter kept it shorter or spelled it otherwise", () => {
    expect(stemsOf("plann")).toEqual(["plan"]);
    expect(stemsOf("runni")).toEqual(["run"]);
    expect(stemsOf("governm")).toEqual(["govern"]);
    expect(stemsOf("provisi")).toEqual(["provis"]);
    expect(stemsOf("bilatera")).toContain("bilater");
    expect(stemsOf("duri")).toContain("dure");
    expect(stemsOf("citin")).toContain("cite");
  });

  it("gives whole words beginning with what was typed, one per stem", () => {
    for (const typed of ["plann", "citin", "significa", "Escalat", "instabi", "proposa", "dropp"]) {
      const words = stemCompletions(typed, 4);
      expect(words.length, typed).toBeGreaterThan(0);
      for (const word of words) expect(word.startsWith(typed.toLowerCase()), `${typed}: ${word}`).toBe(true);
      expect(new Set(words.map(porterStem)).size, typed).toBe(words.length);
    }
  });

  it("gives none where the prefix already reaches every stem", () => {
    for (const typed of ["training", "without", "statement", "imports", "mill"])
      expect(stemsOf(typed), typed).toEqual([]);
  });

  it("never widens into a short common word ('the' of 'thei', 'of' of 'offi', 'not' of 'nota')", () => {
    for (const typed of ["thei", "offi", "nota", "upen"]) expect(stemsOf(typed), typed).toEqual([]);
    expect(stemsOf("sett")).toEqual(["set"]);
  });

  it("gives none for a final y (porter's i), another script, or a number", () => {
    for (const typed of ["army", "Pashiny", "Ուղղաթիռ", "2024", "JF17"]) expect(stemsOf(typed), typed).toEqual([]);
  });
});
