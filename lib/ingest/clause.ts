// The clause of a sentence that states a number: cut at clause marks (";", ":", ", ", dashes,
// parentheses) around it, then widened until it is long enough to quote (the loader wants 12 characters).
const BREAK = /;\s|:\s|,\s|\s[—–]\s|—|\(|\)/g;
const MIN_LENGTH = 24;

function breaks(text: string): number[] {
  const points: number[] = [];
  for (const m of text.matchAll(BREAK)) points.push(m.index, m.index + m[0].length);
  return points;
}

/** Where the clause around [from, to) lies in `text`, before trimming. */
export function clauseRange(text: string, from: number, to: number): [number, number] {
  const points = breaks(text);
  let start = Math.max(0, ...points.filter((p) => p <= from));
  let end = Math.min(text.length, ...points.filter((p) => p >= to));
  while (end - start < MIN_LENGTH && (start > 0 || end < text.length)) {
    const wider = [
      Math.max(0, ...points.filter((p) => p < start - 1)),
      Math.min(text.length, ...points.filter((p) => p > end + 1)),
    ];
    if (start > 0) start = wider[0] ?? 0;
    if (end < text.length) end = wider[1] ?? text.length;
  }
  return [start, end];
}

/** A verbatim slice of `text` covering [from, to), trimmed of edge punctuation. */
export function clauseAround(text: string, from: number, to: number): string {
  const [start, end] = clauseRange(text, from, to);
  return text
    .slice(start, end)
    .replace(/^[\s,;:—–(]+/, "")
    .replace(/[\s,;:—–(.]+$/, "");
}
