// Reads the numbers a quote states, so the loader can refuse a quote that does not state its value.
// "$12.4 billion" → 12.4 and 12400000000; "near-70%" → 70; "nine" → 9; "twenty-five" → 25.

const SMALL: Record<string, number> = {
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
};
const SCALE: Record<string, number> = {
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

const DIGITS =
  /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(hundred|thousand|million|billion|trillion|bn|mn|[mbk](?![a-z]))?/gi;
const WORDS = /\b([a-z]+)(?:-([a-z]+))?(?:\s+(hundred|thousand|million|billion))?\b/gi;

// Money is stored in base units, so "$12.4 billion" states 12400000000 and not 12.4; other units keep
// the scale word's number too, as "55 billion cubic meters" is stored as 55 bcm.
function fromDigits(quote: string, scaledOnly: boolean): number[] {
  const found: number[] = [];
  for (const m of quote.matchAll(DIGITS)) {
    const n = Number(`${(m[1] ?? "").replace(/,/g, "")}${m[2] ? `.${m[2]}` : ""}`);
    const scale = m[3] ? SCALE[m[3].toLowerCase()] : undefined;
    if (scale === undefined || !scaledOnly) found.push(n);
    if (scale !== undefined) found.push(n * scale);
  }
  return found;
}

function fromWords(quote: string): number[] {
  const found: number[] = [];
  for (const m of quote.matchAll(WORDS)) {
    const head = SMALL[(m[1] ?? "").toLowerCase()];
    if (head === undefined) continue;
    // "twenty-five" is one number; in "six-member" or "five-year" the tail is just a word.
    const tail = m[2] ? SMALL[m[2].toLowerCase()] : undefined;
    const n = head + (tail ?? 0);
    found.push(n);
    const scale = m[3] && (tail !== undefined || !m[2]) ? SCALE[m[3].toLowerCase()] : undefined;
    if (scale !== undefined) found.push(n * scale);
  }
  return found;
}

export function numbersIn(quote: string, options: { money?: boolean } = {}): number[] {
  return [...fromDigits(quote, options.money ?? false), ...fromWords(quote)];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function quoteStates(quote: string, value: number, options: { money?: boolean } = {}): boolean {
  return numbersIn(quote, options).some((n) => close(n, value));
}
