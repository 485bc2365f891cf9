// Splits article text into paragraphs and sentences, keeping each sentence's offset in the text so the
// review page can highlight it. Sentence boundaries come from ICU's segmenter (Intl.Segmenter), which
// knows abbreviations such as "U.S." and decimals such as "12.4" without a model download.

export type Sentence = { text: string; start: number; paragraph: number };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Paragraphs are separated by blank lines; a heading line counts as a paragraph. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    // A line break inside a paragraph is layout, not a sentence end (ICU would cut there): read it as a
    // space, which keeps every offset.
    const blockText = block[0].replace(/\n/g, " ");
    if (!blockText.trim()) continue;
    for (const seg of segmenter.segment(blockText)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const trimmed = seg.segment.trim();
      if (trimmed) sentences.push({ text: trimmed, start: block.index + seg.index + lead, paragraph });
    }
    paragraph++;
  }
  return sentences;
}
