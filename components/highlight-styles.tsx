import type { ChartSpec } from "@/lib/chart/types";

/**
 * Hovering or focusing a value highlights its footnotes, and the reverse, with CSS :has() alone:
 * no JavaScript is shipped for it.
 */
export function HighlightStyles({ spec, scope }: { spec: ChartSpec; scope: string }) {
  const rules = spec.footnotes.map(({ n }) => {
    const mark = `[data-footnotes~="${n}"]`;
    const note = `[data-fn="${n}"]`;
    return (
      `#${scope}:has(${mark}:is(:hover,:focus-visible)) ${note}{background:var(--highlight)}` +
      `#${scope}:has(${note}:is(:hover,:focus,:target)) ${mark}{--mark-scale:1.6;filter:drop-shadow(0 0 2px var(--accent))}`
    );
  });
  return <style>{rules.join("")}</style>;
}
