// The widths a chart is laid out at on a page, and the CSS that shows each only where it fits. Here, not
// in a component, because the embed code's height estimate needs the same widths as the page.

/** One layout: the width it is drawn at, the classes that show it, and its data-chart-* attribute. */
export type ChartLayout = { width: number; className: string; dataAttr: string };

/** The site's pages: a phone layout and one for the content column, which never exceeds max-w-5xl. */
export const PAGE_LAYOUTS: ChartLayout[] = [
  { width: 800, className: "hidden sm:block", dataAttr: "wide" },
  { width: 360, className: "sm:hidden", dataAttr: "narrow" },
];

/**
 * An embed's frame can be any width from a phone to a full-bleed desktop column, so it gets more layouts
 * than the site. Each is drawn at the content width where its range of frame widths starts (the frame less
 * 24px of padding), so it only ever scales up, by at most about 1.3: the chart's text never shrinks below
 * the size it was laid out at. Tailwind's max-[N] means narrower than N.
 */
export const EMBED_LAYOUTS: (ChartLayout & { fromFrame: number })[] = [
  { fromFrame: 0, width: 296, className: "min-[400px]:hidden", dataAttr: "w296" },
  { fromFrame: 400, width: 376, className: "hidden min-[400px]:max-[500px]:block", dataAttr: "w376" },
  { fromFrame: 500, width: 476, className: "hidden min-[500px]:max-[640px]:block", dataAttr: "w476" },
  { fromFrame: 640, width: 616, className: "hidden min-[640px]:max-[800px]:block", dataAttr: "w616" },
  { fromFrame: 800, width: 776, className: "hidden min-[800px]:max-[1024px]:block", dataAttr: "w776" },
  { fromFrame: 1024, width: 1000, className: "hidden min-[1024px]:block", dataAttr: "w1000" },
];

/** The layout width an embed frame of `frameWidth` CSS pixels shows. */
export function embedLayoutWidth(frameWidth: number): number {
  return EMBED_LAYOUTS.filter((l) => frameWidth >= l.fromFrame).at(-1)?.width ?? 296;
}
