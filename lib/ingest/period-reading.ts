// The shape of a time-cue rule (period-rules.ts, period-rules-extra.ts): a pattern, and how a match reads
// against the article's date.
import type { PeriodKind } from "../model/period";
import type { ArticleDate } from "./article-date";

export type Reading = { period: string; kind?: PeriodKind; vague?: boolean; relative?: boolean };
/** `alone`: the rule holds only when no other cue is in the sentence ("after" a date is a lower bound). */
export type Rule = { re: RegExp; read: (m: RegExpExecArray, d: ArticleDate) => Reading | null; alone?: boolean };
