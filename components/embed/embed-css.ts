// The embed's whole stylesheet, inlined in its page: the site's colours (app/globals.css), the chart
// styles (components/charts/chart-svg.css, read as is) and the few Tailwind utilities the embed's
// components use, written out by hand so the page carries no site stylesheet. embed-document.test.ts
// checks that every class the embed renders has a rule here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { EMBED_LAYOUTS } from "@/lib/chart/layouts";

export type EmbedFontUrls = Record<400 | 600, string>;

const FONT_STACK = `Inter,"Inter Fallback",ui-sans-serif,system-ui,sans-serif`;

// Arial sized to Inter's metrics (the values next/font computes), so text barely moves if the font is late.
const FALLBACK_FACE =
  `@font-face{font-family:"Inter Fallback";src:local("Arial"),local("Liberation Sans");` +
  `ascent-override:90.44%;descent-override:22.52%;line-gap-override:0%;size-adjust:107.12%}`;

const face = (url: string, weight: number) =>
  `@font-face{font-family:Inter;src:url(${url}) format("woff2");font-weight:${weight};font-style:normal;font-display:swap}`;

const BASE = `*,::before,::after{box-sizing:border-box;margin:0;padding:0;border:0 solid}
html{line-height:1.5;-webkit-text-size-adjust:100%;font-family:${FONT_STACK};-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale}
:root{--chart-font:${FONT_STACK};color-scheme:light dark;--bg:light-dark(#ffffff,#121417);--fg:light-dark(#1a1a1a,#ececec);--muted:light-dark(#52525b,#a1a1aa);--rule:light-dark(#d4d4d8,#3f3f46);--accent:light-dark(#0b5cad,#7cb7ff);--highlight:light-dark(#fff3c4,#4a3f12)}
body{background:var(--bg);color:var(--fg)}
h1,h2{font-size:inherit;font-weight:inherit}
ol,ul{list-style:none}
a{color:var(--accent)}
main a{text-decoration:underline;text-underline-offset:2px}
b,strong{font-weight:bolder}
svg{display:block;vertical-align:middle}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.embed{background:var(--bg);color:var(--fg);overflow-wrap:break-word}
html[data-sized]{overflow:hidden}`;

// Tailwind 4's values for the utilities the embed uses (spacing unit 0.25rem).
const UTILITIES = `.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border-width:0}
.hidden{display:none}.block{display:block}.flex{display:flex}.flex-wrap{flex-wrap:wrap}.items-center{align-items:center}.shrink-0{flex-shrink:0}.overflow-visible{overflow:visible}
.gap-1{gap:.25rem}.gap-2{gap:.5rem}.gap-x-4{column-gap:1rem}.gap-y-1{row-gap:.25rem}
.mt-1{margin-top:.25rem}.mt-2{margin-top:.5rem}.mt-3{margin-top:.75rem}.mt-4{margin-top:1rem}.my-1{margin-block:.25rem}
.p-1{padding:.25rem}.px-3{padding-inline:.75rem}.py-3{padding-block:.75rem}.pl-2{padding-left:.5rem}.pt-2{padding-top:.5rem}
.space-y-1>:not(:last-child){margin-bottom:.25rem}.space-y-3>:not(:last-child){margin-bottom:.75rem}
.text-xs{font-size:.75rem;line-height:calc(1/.75)}.text-sm{font-size:.875rem;line-height:calc(1.25/.875)}.text-lg{font-size:1.125rem;line-height:calc(1.75/1.125)}
.leading-snug{line-height:1.375}.font-semibold{font-weight:600}.italic{font-style:italic}.tabular-nums{font-variant-numeric:tabular-nums}.underline{text-decoration-line:underline}
.rounded{border-radius:.25rem}.border-t{border-top-width:1px}.border-l-2{border-left-width:2px}
.border-\\[var\\(--rule\\)\\]{border-color:var(--rule)}.text-\\[var\\(--muted\\)\\]{color:var(--muted)}`;

const escapeClass = (c: string) => c.replace(/[[\]():]/g, (ch) => `\\${ch}`);

/** The media rules that show one embed layout per frame width, from the classes in EMBED_LAYOUTS. */
export function layoutCss(): string {
  const rules = new Set<string>();
  for (const l of EMBED_LAYOUTS) {
    for (const cls of l.className.split(" ")) {
      const m = /^min-\[(\d+)px\]:(?:max-\[(\d+)px\]:)?(hidden|block)$/.exec(cls);
      if (!m) continue;
      const media = m[2] ? `(width>=${m[1]}px) and (width<${m[2]}px)` : `(width>=${m[1]}px)`;
      rules.add(`@media ${media}{.${escapeClass(cls)}{display:${m[3] === "hidden" ? "none" : "block"}}}`);
    }
  }
  return [...rules].join("\n");
}

let chartCss: string | null = null;

function chartSvgCss(): string {
  chartCss ??= readFileSync(path.join(process.cwd(), "components/charts/chart-svg.css"), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s*\n\s*/g, "");
  return chartCss;
}

export function embedCss(fonts: EmbedFontUrls): string {
  return [
    face(fonts[400], 400),
    face(fonts[600], 600),
    FALLBACK_FACE,
    BASE,
    chartSvgCss(),
    UTILITIES,
    layoutCss(),
  ].join("\n");
}
