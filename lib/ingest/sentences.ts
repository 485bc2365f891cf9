// Splits article text into paragraphs and sentences, keeping each sentence's offset in the text so the
// review page can highlight it. Sentence boundaries come from ICU's segmenter (Intl.Segmenter), which
// knows abbreviations such as "U.S." and decimals such as "12.4" without a model download.

export type Sentence = { text: string; start: number; paragraph: number };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// A line break is layout inside a paragraph when the line stops mid-sentence and is not a heading, and
// the next line does not start a footnote or a list item; otherwise it ends a paragraph (a saved page's
// text has one paragraph a line, a heading line stands before its paragraph).
const ENDS_SENTENCE = /[.!?:;"”’)\]]\s*$/;
const STARTS_ITEM = /^\s*(?:\[\d+\]|[-*•]\s|\d+[.)]\s)/;
const HEADING_LENGTH = 40;

// "The Significance of the Sochi Summit: Three Factors": most words capitalised, a heading.
const titleCase = (line: string) => {
  const words = line.trim().split(/\s+/);
  return words.filter((w) => /^[A-Z0-9"“]/.test(w)).length >= 0.6 * words.length;
};

const joins = (line: string, next: string) =>
  !ENDS_SENTENCE.test(line) && line.trim().length > HEADING_LENGTH && !titleCase(line) && !STARTS_ITEM.test(next);

/** Paragraphs are separated by blank lines or by line breaks that end a paragraph (see `joins`). */
function paragraphs(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let open: { text: string; start: number } | null = null;
  let at = 0;
  for (const line of text.split("\n")) {
    // A line break inside a paragraph is read as a space below, which keeps every offset.
    if (open && line.trim() && joins(open.text.slice(open.text.lastIndexOf("\n") + 1), line)) open.text += `\n${line}`;
    else {
      if (open) out.push(open);
      open = line.trim() ? { text: line, start: at } : null;
    }
    at += line.length + 1;
  }
  if (open) out.push(open);
  return out.map((p) => ({ ...p, text: p.text.replace(/\n/g, " ") }));
}

// "Sept. 12, 2023": an abbreviated month before a day does not end a sentence.
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of paragraphs(text)) {
    if (!block.text.trim()) continue;
    for (const seg of segmenter.segment(block.text)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const trimmed = seg.segment.trim();
      const last = sentences.at(-1);
      if (trimmed && last?.paragraph === paragraph && MONTH_ABBREVIATION.test(last.text) && /^\d/.test(trimmed))
        last.text = block.text.slice(last.start - block.start, seg.index + lead + trimmed.length);
      else if (trimmed) sentences.push({ text: trimmed, start: block.start + seg.index + lead, paragraph });
    }
    paragraph++;
  }
  return sentences;
}
