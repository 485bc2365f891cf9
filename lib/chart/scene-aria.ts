// What a screen reader hears for one mark: "2024: at most $4B, source 3".
import type { ChartPoint } from "./types";

export function sourcesPhrase(footnotes: number[]): string {
  if (footnotes.length === 0) return "no source";
  if (footnotes.length === 1) return `source ${footnotes[0]}`;
  return `sources ${footnotes.slice(0, -1).join(", ")} and ${footnotes[footnotes.length - 1]}`;
}

/** `who` names the mark's series or category where the chart has more than one; the kind decides. */
export function markAriaLabel(p: ChartPoint, who: string | null): string {
  const when = who ? `${who}, ${p.periodLabel}` : p.periodLabel;
  return `${when}: ${p.valueWords}${p.derived ? " (derived)" : ""}, ${sourcesPhrase(p.footnotes)}`;
}
