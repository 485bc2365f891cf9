import localFont from "next/font/local";

// Inter (latin, 400 and 600) from @fontsource, through next/font: it preloads both files, so they
// arrive with the stylesheet instead of after layout, and it defines a fallback face sized to Inter's
// metrics, so text barely moves if the font is late. Loaded from CSS, text reflowed when it arrived:
// a layout shift of 0.3 on the trade story (docs/benchmarks.md, Lighthouse).
export const inter = localFont({
  src: [
    { path: "../node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-600-normal.woff2", weight: "600", style: "normal" },
  ],
  display: "swap",
  variable: "--font-inter",
});
