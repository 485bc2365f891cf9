// Reads the numbers a quote states, so the loader can refuse a quote that does not state its value.
// "$12.4 billion" → 12.4 and 12400000000; "near-70%" → 70; "nine" → 9; "twenty-five" → 25.
// The reading itself is number-words.ts, shared with the ingest step so the two never disagree.
import { numberMentions } from "./number-words";

// Money is stored in base units, so "$12.4 billion" states 12400000000 and not 12.4; other units keep
// the scale word's number too, as "55 billion cubic meters" is stored as 55 bcm.
export function numbersIn(quote: string, options: { money?: boolean } = {}): number[] {
  const found: number[] = [];
  for (const m of numberMentions(quote)) {
    const scaledOnly = (options.money ?? false) && m.kind === "digits";
    if (m.scale === undefined || !scaledOnly) found.push(m.n);
    if (m.scale !== undefined) found.push(m.n * m.scale);
  }
  return found;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function quoteStates(quote: string, value: number, options: { money?: boolean } = {}): boolean {
  return numbersIn(quote, options).some((n) => close(n, value));
}
