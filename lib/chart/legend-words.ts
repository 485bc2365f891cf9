// The words that explain each kind of mark: one vocabulary for the page's legend (components/bound-legend)
// and the standalone image's (scene-legend), so the two can never say different things.
import type { ChartSpec } from "./types";

export type MarkKind = keyof ChartSpec["marks"];

export const MARK_WORDS: Record<MarkKind, string> = {
  exact: "as stated",
  approx: "approximately",
  min: "at least / more than",
  max: "at most / less than",
  derived: "derived from other figures",
  interval: "a figure for a whole period",
  uncertain: "a moment somewhere within the dotted period (date uncertain)",
  range: "a range the article gives (low to high)",
};
