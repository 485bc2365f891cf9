// An event the article dates once and measures later: "the 2020 war" … "the 44-day war". A figure that
// is the length of an event ("44-day war", "three-day summit") and has no time cue of its own takes the
// date the article first gave that event, by its noun.
import type { PeriodGuess } from "./periods";
import { ANY_MONTH, monthNumber } from "./months";

const EVENT =
  "(war|conflict|clashes|summit|meeting|election|elections|crisis|ceasefire|truce|agreement|treaty|talks|referendum|strike|protests|revolution|offensive|blockade|siege|occupation|uprising)";
const MONTH = `(${ANY_MONTH})`;
// "the 2020 war", "the April 2016 Four-Day War", "the July 2020 clashes"
const DATED = new RegExp(`\\bthe\\s+(?:${MONTH}\\s+)?((?:19|20)\\d{2})\\s+(?:[A-Za-z-]+\\s+){0,2}?${EVENT}\\b`, "gi");
// "44-day war", "three-day summit": the figure is the event's length.
const LENGTH_OF = new RegExp(`^[\\s-]*(?:day|week|month|year|hour)s?[\\s-]+(?:[A-Za-z-]+\\s+)?${EVENT}\\b`, "i");

export type Events = Map<string, PeriodGuess>;

/** Records the events `sentence` dates, keeping the first date the article gives each noun. */
export function noteEvents(events: Events, sentence: string): void {
  for (const m of sentence.matchAll(DATED)) {
    const noun = (m[3] ?? "").toLowerCase();
    if (events.has(noun)) continue;
    const month = monthNumber(m[1]);
    const period = month ? `${m[2]}-${String(month).padStart(2, "0")}` : `${m[2]}`;
    const cue = `the ${noun} the article dates as "${m[0]}"`;
    events.set(noun, { period, kind: "span", cue, vague: false, assumed: false, relative: false });
  }
}

/** The date of the event whose length the number gives, from the words just after it. */
export function eventLength(events: Events, after: string): PeriodGuess | null {
  const m = LENGTH_OF.exec(after);
  return m ? (events.get((m[1] ?? "").toLowerCase()) ?? null) : null;
}
