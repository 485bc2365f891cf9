import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START } from "./fts-query";
import { aroundMatches, markedHit, markWords, splitSegments } from "./marked-hit";

const m = (text: string) => `${MARK_START}${text}${MARK_END}`;

describe("splitSegments", () => {
  it("cuts a segment where the length falls inside it", () => {
    const segments = [
      { text: "Gyumri base", match: true },
      { text: " age", match: false },
    ];
    expect(splitSegments(segments, 6)).toEqual([
      [{ text: "Gyumri", match: true }],
      [
        { text: " base", match: true },
        { text: " age", match: false },
      ],
    ]);
    expect(splitSegments(segments, 0)).toEqual([[], segments]);
    expect(splitSegments(segments, 99)).toEqual([segments, []]);
  });
});

describe("markedHit", () => {
  const title = "Year until which the 2010 treaty provides for the Gyumri base's operation";

  it("marks the title when the match is in it", () => {
    const heading = `Year until which the 2010 treaty provides for the ${m("Gyumri")} base's operation treaty end Armenia`;
    const hit = markedHit("An interstate treaty of 2010", heading, title);
    expect(hit.title).toContainEqual({ text: "Gyumri", match: true });
    expect(hit.title.map((s) => s.text).join("")).toBe(title);
    expect(hit.elsewhere).toBeNull();
  });

  it("says where else the row matched when neither its title nor its text shows it", () => {
    const hit = markedHit("Russian armed forces continue…", `${title} Armenia ${m("Cutler")} CACI Analyst`, title);
    expect(hit.title).toEqual([{ text: title, match: false }]);
    expect(hit.elsewhere).toEqual([
      { text: "Armenia ", match: false },
      { text: "Cutler", match: true },
      { text: " CACI Analyst", match: false },
    ]);
  });

  it("marks a word matched in the source in the source line shown, and says nothing more", () => {
    const line = "Robert M. Cutler, “Armenia's Enduring Military Dependence”, CACI Analyst, c. Jul–Oct 2024";
    const hit = markedHit("Russian armed forces…", `${title} Armenia ${m("Cutler")} CACI Analyst`, title, line);
    expect(hit.source).toEqual([
      { text: "Robert M. ", match: false },
      { text: "Cutler", match: true },
      { text: line.slice("Robert M. Cutler".length), match: false },
    ]);
    expect(hit.elsewhere).toBeNull();
    // A word matched elsewhere in the row (a country) is still said where it is.
    const plainLine = "Robert M. Cutler, CACI Analyst, c. Jul–Oct 2024";
    const country = markedHit("Russian armed forces…", `${title} ${m("Armenia")} Cutler`, title, plainLine);
    expect(country.source).toEqual([{ text: plainLine, match: false }]);
    expect(country.elsewhere).toEqual([
      { text: "Armenia", match: true },
      { text: " Cutler", match: false },
    ]);
  });

  it("says nothing more when the text shows the match", () => {
    const hit = markedHit(`the ${m("Cutler")} text`, `${title} ${m("Cutler")}`, title);
    expect(hit.elsewhere).toBeNull();
    expect(hit.body).toContainEqual({ text: "Cutler", match: true });
  });

  it("leaves a title unmarked whose heading does not begin with it", () => {
    const hit = markedHit("text", `Another ${m("title")}`, title);
    expect(hit.title).toEqual([{ text: title, match: false }]);
  });
});

describe("aroundMatches", () => {
  const plain = (text: string) => ({ text, match: false });
  const hit = (text: string) => ({ text, match: true });
  const joined = (segments: { text: string; match: boolean }[]) =>
    segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join("");

  it("keeps a few words on each side of a match and cuts the rest", () => {
    const segments = [plain("a b c d e f "), hit("Cutler"), plain(" g h i j k l m n")];
    expect(joined(aroundMatches(segments, 2))).toBe("… e f [Cutler] g h …");
    expect(joined(aroundMatches([plain("Armenia "), hit("Russia")], 2))).toBe("Armenia [Russia]");
  });

  it("cuts the middle of a long run between two matches", () => {
    const segments = [hit("Gyumri"), plain(" a b c d e f "), hit("base")];
    expect(joined(aroundMatches(segments, 2))).toBe("[Gyumri] a b … e f [base]");
  });

  it("keeps a short run whole", () => {
    const segments = [plain("Armenia "), hit("Russia"), plain(" import")];
    expect(joined(aroundMatches(segments, 3))).toBe("Armenia [Russia] import");
    expect(joined(aroundMatches([hit("a"), plain(" "), hit("b")], 3))).toBe("[a] [b]");
    expect(joined(aroundMatches([hit("Cutler"), plain("'s a b c d e f g")], 2))).toBe("[Cutler]'s a …");
  });
});

describe("markWords", () => {
  it("marks whole words, compared as the index compares them", () => {
    expect(markWords("Gyümri and Gyumrian", new Set(["gyumri"]))).toEqual([
      { text: "Gyümri", match: true },
      { text: " and Gyumrian", match: false },
    ]);
    expect(markWords("text", new Set())).toEqual([{ text: "text", match: false }]);
  });
});
