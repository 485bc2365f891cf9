import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, toFtsQuery } from "./fts-query";
import { keepReachedMarks, reachedBy } from "./marks";

const m = (word: string) => `${MARK_START}${word}${MARK_END}`;
const kept = (text: string, snippet: string) => keepReachedMarks(snippet, reachedBy(toFtsQuery(text) ?? ""));

describe("keepReachedMarks", () => {
  it("takes the mark off a word only porter's shorter stem reached ('arms' * is 'arm' *)", () => {
    expect(kept("arms", `${m("Armenia")}'s ${m("arms")} and ${m("armed")} ${m("army")}`)).toBe(
      `Armenia's ${m("arms")} and ${m("armed")} army`,
    );
  });

  it("keeps the marks of a prefix typed, a stem shared, a phrase and a number", () => {
    expect(kept("arm", `${m("Armenia")} ${m("army")}`)).toBe(`${m("Armenia")} ${m("army")}`);
    expect(kept("arms imports", `${m("arms")} ${m("imported")}`)).toBe(`${m("arms")} ${m("imported")}`);
    expect(kept("JF-17", `the ${m("JF-17")} jets`)).toBe(`the ${m("JF-17")} jets`);
    expect(kept("3000", `${m("3,000")} soldiers`)).toBe(`${m("3,000")} soldiers`);
    expect(kept("Gyumri", `${m("Gyumri")}`)).toBe(`${m("Gyumri")}`);
    expect(kept("citin", `${m("citing")} ${m("cities")}`)).toBe(`${m("citing")} ${m("cities")}`);
  });

  it("compares words as the index does, without diacritics or case", () => {
    expect(kept("Gyumri", m("GYÜMRI"))).toBe(m("GYÜMRI"));
  });
});
