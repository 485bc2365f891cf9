// Paragraphs of plain text as saved pages and notes write them: blank lines, one line a paragraph,
// hard-wrapped lines, heading lines, footnotes.
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("paragraphs and sentences of plain text", () => {
  const text = [
    "The Port and Its Neighbours: Two Views",
    "A long first paragraph that goes on and on and on, ending here.",
    "Second paragraph wrapped at a narrow width and not ending",
    "until this line. Then another.",
    "",
    "Third after a blank.",
    "[1] A footnote that runs long enough to be wrapped over two lines of the",
    "text file.",
    "[2] Next note",
  ].join("\n");
  const sentences = splitSentences(text);

  it("keeps headings, one-line paragraphs, wrapped paragraphs and footnotes apart", () => {
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "The Port and Its Neighbours: Two Views"],
      [1, "A long first paragraph that goes on and on and on, ending here."],
      [2, "Second paragraph wrapped at a narrow width and not ending until this line."],
      [2, "Then another."],
      [3, "Third after a blank."],
      [4, "[1] A footnote that runs long enough to be wrapped over two lines of the text file."],
      [5, "[2] Next note"],
    ]);
  });

  it("keeps every sentence's offset in the text", () => {
    for (const s of sentences) expect(text.slice(s.start, s.start + s.text.length).replace(/\n/g, " ")).toBe(s.text);
  });
});
