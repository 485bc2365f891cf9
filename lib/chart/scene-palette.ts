// Literal colours for images (the page uses the CSS variables in components/charts/chart-svg.css,
// which hold the same values — a test checks; bg, fg, muted and accent match app/globals.css). Text roles meet WCAG AA (4.5:1) on the background; series colours and
// the axis meet 3:1 (non-text contrast). Series are Okabe–Ito hues (blue, vermillion, bluish green,
// reddish purple, then black/yellow and a brown/purple), darkened for light and lightened for dark
// backgrounds; svg.test.ts checks they stay apart under simulated colour-blindness.
import type { ColorRole } from "./scene-types";

export type Theme = "light" | "dark";

export const PALETTES: Record<Theme, Record<ColorRole, string>> = {
  light: {
    bg: "#ffffff",
    fg: "#1a1a1a",
    muted: "#52525b",
    grid: "#e4e5e7",
    axis: "#8a8f97",
    accent: "#0b5cad",
    "series-0": "#0072b2",
    "series-1": "#c85a00",
    "series-2": "#00795c",
    "series-3": "#ad4f88",
    "series-4": "#333333",
    "series-5": "#663300",
  },
  dark: {
    bg: "#121417",
    fg: "#ececec",
    muted: "#a1a1aa",
    grid: "#2d3139",
    axis: "#6f7682",
    accent: "#7cb7ff",
    "series-0": "#56b4e9",
    "series-1": "#f08a4b",
    "series-2": "#2ec4a0",
    "series-3": "#e69ac8",
    "series-4": "#f0e442",
    "series-5": "#b05cc0",
  },
};

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
