import { describe, expect, it } from "vitest";
import { porterMeasure, stemsBefore } from "./stems";

describe("porterMeasure", () => {
  it("counts vowel-consonant sequences as porter does, y a vowel only after a consonant", () => {
    const cases = { tr: 0, ee: 0, tree: 0, y: 0, by: 0, trouble: 1, oats: 1, trees: 1, ivy: 1, state: 1 };
    const more = { troubles: 2, private: 2, oaten: 2, orrery: 2, oper: 2, govern: 2, syzygy: 2 };
    for (const [word, m] of Object.entries({ ...cases, ...more })) expect(porterMeasure(word), word).toBe(m);
  });
});

describe("stemsBefore", () => {
  it("gives the shorter forms a typed word can be the stem of, longest first", () => {
    expect(stemsBefore("cumulat", 4)).toEqual(["cumula", "cumul"]);
    expect(stemsBefore("Escalat", 4)).toEqual(["Escala", "Escal"]);
  });
  it("gives none for another script or a form porter would not cut", () => {
    expect(stemsBefore("Ուղղաթիռ", 4)).toEqual([]);
    expect(stemsBefore("without", 4)).toEqual(["withou"]);
  });
});
