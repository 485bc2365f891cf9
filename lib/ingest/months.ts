// Month names as the ingest rules read them, in one place: a rule that learns "Sept." learns it everywhere.

const ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** 1–12 for a month's name or abbreviation in any case ("March", "sept", "Dec."); 0 when it is none. */
export function monthNumber(name = ""): number {
  return ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A month written as a name is (capitalised, full or abbreviated with its optional dot), as a
 *  non-capturing group: where case matters, "in March" is a date and "a march" is not. */
export const CAPITALISED_MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";

/** A month's name or abbreviation without its dot, as a non-capturing group, for case-insensitive rules. */
export const ANY_MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
