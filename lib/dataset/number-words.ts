// The one reader of numbers as articles write them, shared by the loader's quote check
// (quote-numbers.ts) and the ingest step (lib/ingest/), so a proposed figure is one the loader accepts.
// "$12.4 billion" → 12.4 with scale 1e9; "near-70%" → 70; "nine" → 9; "a dozen" → 12; "tenfold" → 10;
// "$14-16bn" → 14 and 16, both with scale 1e9 (the low end of a range shares the high end's scale).

export const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

/** Words that state a multiple: "doubled" is 2 times, "tenfold" 10 times. */
export const MULTIPLE_WORDS: Readonly<Record<string, number>> = {
  doubled: 2,
  tripled: 3,
  trebled: 3,
  quadrupled: 4,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  tenfold: 10,
  hundredfold: 100,
};

export const SCALE: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  m: 1e6,
  b: 1e9,
  k: 1e3,
};

export type NumberMention = {
  /** Offsets of the whole mention in the text, scale word included. */
  start: number;
  end: number;
  raw: string;
  /** The number as written, before any scale word: 12.4 in "$12.4 billion". */
  n: number;
  scale?: number;
  kind: "digits" | "words" | "multiple";
};

const DIGITS =
  /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(hundred|thousand|million|billion|trillion|bn|mn|[mbk](?![a-z]))?/gi;
const WORDS = /\b([a-z]+)(?:-([a-z]+))?(?:\s+(hundred|thousand|million|billion))?\b/gi;
const RANGE_JOIN = /^\s?[-–—]\s?$/;

function digitMentions(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const n = Number(`${(m[1] ?? "").replace(/,/g, "")}${m[2] ? `.${m[2]}` : ""}`);
    const scale = m[3] ? SCALE[m[3].toLowerCase()] : undefined;
    const raw = m[0].trimEnd();
    found.push({ start: m.index, end: m.index + raw.length, raw, n, scale, kind: "digits" });
  }
  // "$14-16bn": the low end is written without the scale it shares with the high end.
  for (let i = 0; i + 1 < found.length; i++) {
    const [low, high] = [found[i], found[i + 1]];
    if (low && high && low.scale === undefined && high.scale !== undefined)
      if (RANGE_JOIN.test(text.slice(low.end, high.start))) low.scale = high.scale;
  }
  return found;
}

function wordMentions(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(WORDS)) {
    const word = (m[1] ?? "").toLowerCase();
    const multiple = MULTIPLE_WORDS[word];
    if (multiple !== undefined && !m[2]) {
      found.push({ start: m.index, end: m.index + word.length, raw: m[1] ?? "", n: multiple, kind: "multiple" });
      continue;
    }
    const head = SMALL[word];
    if (head === undefined) continue;
    // "twenty-five" is one number; in "six-member" or "five-year" the tail is just a word.
    const tail = m[2] ? SMALL[m[2].toLowerCase()] : undefined;
    const scale = m[3] && (tail !== undefined || !m[2]) ? SCALE[m[3].toLowerCase()] : undefined;
    const raw = scale !== undefined ? m[0] : tail !== undefined ? `${m[1]}-${m[2]}` : (m[1] ?? "");
    found.push({ start: m.index, end: m.index + raw.length, raw, n: head + (tail ?? 0), scale, kind: "words" });
  }
  return found;
}

/** Every number the text writes, in order of appearance. */
export function numberMentions(text: string): NumberMention[] {
  return [...digitMentions(text), ...wordMentions(text)].sort((a, b) => a.start - b.start);
}
