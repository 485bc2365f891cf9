// Numbers that are not figures: years, dates, ages, ordinals and names ("3+3", "Article 9", "JF-17").
// They are kept in the draft with the reason, so a reviewer sees what was set aside and why.
import type { NumberMention } from "../dataset/number-words";
import { unitOf } from "./units";
import { ANY_MONTH } from "./months";

export const NOT_FIGURE = [
  "year",
  "date",
  "age",
  "ordinal",
  "name",
  "pronoun",
  "reference",
  "footnote",
  "idiom",
  "comment",
  "enumeration",
  "time",
] as const;
export type NotFigure = (typeof NOT_FIGURE)[number];

const MONTH = ANY_MONTH;
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+$`, "i");
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, "i");
const NAME_WORD_BEFORE =
  /\b(?:article|articles|resolution|chapter|section|paragraph|clause|point|no\.|number|block|item|page|pp?\.|flight|route|highway|unit|brigade|division|regiment|corps|phase|version|model|type|mark|mk|vol\.?|volume|part|annex|protocol|track|stage|round|tier|category|class|option|scenario)\s+$/i;
// "JF-17", "Su-30", "S-300", "G7", "2+2": a code, not a count. Lower-case "near-70%" is a figure.
const NAME_CODE_BEFORE = /(?:\b[A-Z][A-Za-z]{0,3}[-–]|[A-Za-z]|[+/]\s?)$/;
const NAME_AFTER = /^(?:\s?[+/]\s?\d|[A-Z]{1,3}\b(?!-)|-[A-Z])/;
const AGE = /^(?:-year-old|\s+years?\s+old)\b/i;

function isYear(m: NumberMention, before: string, after: string): boolean {
  if (m.kind !== "digits" || m.scale !== undefined || !/^\d{4}$/.test(m.raw)) return false;
  if (m.n < 1800 || m.n > 2100 || /[$€£]\s?$/.test(before)) return false;
  return !/^\s*(?:%|percent|per cent|[a-z]+\s+(?:people|soldiers|troops))/i.test(after);
}

// "the two countries", "these three states": the number names parties already known, it counts nothing new.
const REFERENCE_BEFORE = /\b(?:the|these|those|both)\s+$/i;
const REFERENCE_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:countries|nations|states|sides|parties|leaders|governments|capitals|neighbou?rs|presidents|ministers|rivals|powers|republics|partners|allies|men|women)\b/i;
// "one-sided", "a one-time release", "one-off": a word, not a count.
const IDIOM_AFTER = /^-(?:sided|time|off|way|size|stop|on-one|party|man|dimensional)\b/i;
// Parts of a timestamp or an ISO date ("11.56.28 AM", "2025-02-21"), or a footnote marker ("[2]").
const CLOCK = (before: string, after: string) =>
  /^\.\d/.test(after) || /\d[.:]$/.test(before) || /^\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/i.test(after);
const ISO_DATE = (before: string, after: string) => /\d{4}-$/.test(before) || /^-\d{2}-\d{2}\b/.test(after);

// "three factors", "Two Areas of Progress", "one key avenue": the text counting its own points, not data.
const ENUMERATED =
  /^\s+(?:[a-z-]+\s+){0,3}?(?:factors?|reasons?|areas?|domains?|elements?|aspects?|breakthroughs?|expectations?|scenarios?|options?|choices?|points?|questions?|issues?|lessons?|trends?|pillars?|priorities|priority|dimensions?|components?|steps?|goals?|challenges?|conclusions?|directions?|ways?|things?|features?|principles?|approaches?|objectives?|vectors?|avenues?|drivers?|considerations?|implications?|takeaways?|alternatives?|possibilities|outcomes?|tasks?|problems?|risks?|fronts?|layers?)\b/i;
// "Four and a half years later", "over the subsequent four years", "the next 24 months": the number
// places the text in time, it measures nothing.
const TIME_AFTER =
  /^[\s-]*(?:and\s+a\s+half\s+)?(?:years?|months?|weeks?|days?|decades?)\s+(?:later|earlier|afterwards?|on)\b/i;
const TIME_BEFORE = /\b(?:the|these)\s+(?:next|coming|following|subsequent)\s+$/i;
const TIME_UNIT = /^[\s-]*(?:years?|months?|weeks?|days?|decades?)\b/i;

function discourse(m: NumberMention, before: string, after: string): NotFigure | null {
  if (TIME_AFTER.test(after) || (TIME_BEFORE.test(before) && TIME_UNIT.test(after))) return "time";
  if (m.kind !== "words" || m.scale !== undefined || m.n > 10) return null;
  // "the Three Brothers", "the Big Three": a capitalised number word inside a name.
  if (/^[A-Z]/.test(m.raw) && /\b(?:the|[A-Z][a-z]+)\s+$/.test(before) && /^\s+[A-Z][a-z]/.test(after)) return "name";
  if (ENUMERATED.test(after)) return "enumeration";
  // "one" with nothing measured after it ("One alliance", "one that would …") is a determiner.
  if (m.n === 1 && unitOf(before, after) === "count") return "enumeration";
  return null;
}

function smallReference(m: NumberMention, before: string, after: string): NotFigure | null {
  if (m.kind === "words" && m.n >= 2 && m.n <= 4 && REFERENCE_BEFORE.test(before) && REFERENCE_AFTER.test(after))
    return "reference";
  if (m.kind === "words" && IDIOM_AFTER.test(after)) return "idiom";
  return null;
}

function marker(m: NumberMention, before: string, after: string): NotFigure | null {
  if (m.kind !== "digits") return null;
  if (/^\]/.test(after) && m.n < 1000) return "footnote";
  if (ISO_DATE(before, after)) return "date";
  if (CLOCK(before, after)) return "name";
  // A count of seven digits or more is written with separators ("3,000,000"): without them it is an id.
  if (/^\d{7,}$/.test(m.raw) && m.scale === undefined) return "name";
  return null;
}

/** Why this number is not a figure, or null when it may be one. */
export function notAFigure(m: NumberMention, before: string, after: string): NotFigure | null {
  const reason = marker(m, before, after) ?? smallReference(m, before, after);
  if (reason) return reason;
  if (m.kind === "digits" && /^(?:st|nd|rd|th)\b/i.test(after)) return "ordinal";
  if (isYear(m, before, after)) return "year";
  if (m.kind === "digits" && m.n <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return "date";
  if (/\b(?:aged|age of|ages of)\s+$/i.test(before) || AGE.test(after)) return "age";
  if (m.kind === "digits" && (NAME_WORD_BEFORE.test(before) || NAME_CODE_BEFORE.test(before) || NAME_AFTER.test(after)))
    return "name";
  if (m.kind === "words" && m.raw.toLowerCase() === "one")
    if (
      /^\s+(?:of|another|day|side|hand|way)\b/i.test(after) ||
      /\b(?:no|any|every|each|the|this|that|which)\s+(?:[a-z]+\s+)?$/i.test(before)
    )
      return "pronoun";
  return discourse(m, before, after);
}
