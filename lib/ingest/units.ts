// What a number counts, from the words around it: "$7.3bn" is USD, "94 percent" a share, "44-day" days,
// "3,000 Russian soldiers" people. Anything else is a count. Never converted: "five miles" stays miles.
import type { Unit } from "../model/units";

const CURRENCY_BEFORE: [RegExp, Unit][] = [
  [/(?:us\s?\$|\$|usd\s?)\s*$/i, "USD"],
  [/(?:€|eur\s?)\s*$/i, "EUR"],
  [/(?:₽|rub\s?)\s*$/i, "RUB"],
];

// Checked on the words right after the number (and its scale word), hyphenated or not.
const AFTER: [RegExp, Unit][] = [
  [/^\s*(?:%|percent\b|per cent\b|percentage points?\b)/i, "percent"],
  [/^[\s-]*(?:(?:us\s)?dollars?|usd)\b/i, "USD"],
  [/^[\s-]*(?:euros?|eur)\b/i, "EUR"],
  [/^[\s-]*(?:roubles?|rubles?|rub)\b/i, "RUB"],
  [/^[\s-]*(?:cubic met(?:er|re)s?|bcm)\b/i, "bcm"],
  [/^[\s-]*(?:square kilomet(?:er|re)s?|sq\.? km|km2|km²)/i, "km2"],
  [/^[\s-]*(?:kilomet(?:er|re)s?|km)\b/i, "km"],
  [/^[\s-]*miles?\b/i, "miles"],
  [/^[\s-]*(?:metric\s)?(?:tons|tonnes|tonne|ton)\b/i, "tonnes"],
  [/^[\s-]*(?:years?)\b/i, "years"],
  [/^[\s-]*(?:months?)\b/i, "months"],
  [/^[\s-]*(?:weeks?)\b/i, "weeks"],
  [/^[\s-]*(?:days?)\b/i, "days"],
  [/^\s*times\b/i, "times"],
];

const PEOPLE =
  /^[\s-]*(?:[A-Z][a-z]+\s+|[a-z]+-?[a-z]*\s+){0,2}?(?:people|persons|individuals|soldiers|troops|servicemen|personnel|officers|observers|monitors|peacekeepers|civilians|refugees|migrants|residents|citizens|nationals|workers|students|prisoners|pows|detainees|hostages|casualties|deaths|dead|killed|wounded|victims|fighters|militants|volunteers|experts|specialists|advisers|advisors|diplomats|staff|employees|inspectors|ministers|officials|deputies|journalists|men|women|children)\b/i;

export function unitOf(before: string, after: string): Unit {
  for (const [re, unit] of CURRENCY_BEFORE) if (re.test(before.slice(-6))) return unit;
  for (const [re, unit] of AFTER) if (re.test(after)) return unit;
  return PEOPLE.test(after.slice(0, 60)) ? "people" : "count";
}
