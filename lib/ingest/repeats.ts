// The same figure stated again later in the article ("the 44-day war" in the summary and in the body) is
// one decision for the reviewer: later mentions point to the first (`repeatOf`). Same value, same high
// end, same unit and the same two words after the number — "3 villages" and "3 protocols" stay apart.
type Mention = {
  id: string;
  sentence: string;
  sentenceStart: number;
  raw: string;
  value: number;
  valueHigh: number | null;
  unit: string;
  notFigure: string | null;
};

/** The figure's key; `nth` says which occurrence of its text in the sentence it is (0 for the first). */
function keyOf(c: Mention, nth: number): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = c.sentence.indexOf(c.raw, at + 1);
  const after = at < 0 ? "" : c.sentence.slice(at + c.raw.length);
  const words = (after.toLowerCase().match(/[a-z]+/g) ?? []).slice(0, 2).join(" ");
  return [c.value, c.valueHigh, c.unit, words].join("|");
}

/** For each figure, the id of the first candidate that states the same figure, or null. */
export function repeatsOf(candidates: Mention[]): Map<string, string> {
  const first = new Map<string, string>();
  const repeats = new Map<string, string>();
  // "3 villages and 3 protocols": each 3 is read by the words after it, not by those after the first.
  const occurrences = new Map<string, number>();
  for (const c of candidates) {
    const where = `${c.sentenceStart}|${c.raw}`;
    const nth = occurrences.get(where) ?? 0;
    occurrences.set(where, nth + 1);
    if (c.notFigure) continue;
    const key = keyOf(c, nth);
    const earlier = first.get(key);
    if (earlier) repeats.set(c.id, earlier);
    else first.set(key, c.id);
  }
  return repeats;
}
