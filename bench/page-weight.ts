// npm run bench:weight — how many gzip bytes of JavaScript, CSS and HTML each page makes a browser
// download, gzipped at level 9 file by file as a server would send them. Prints a markdown table.
import { gzipSync } from "node:zlib";
import { EMBED_TODO_NOTE, HOME, STORY_PAGES, embedTarget, embedTodoRow, type Target } from "./bench-pages";
import { withServer } from "./bench-server";
import { kb, markdownTable } from "./markdown-table";
import { fontUrls, pageAssets } from "./page-assets";

type Weight = {
  html: number;
  js: number;
  inlineJs: number;
  css: number;
  inlineCss: number;
  fonts: number;
  files: number;
  recharts: boolean;
};

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

async function fetchBytes(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

async function pageWeight(url: string): Promise<Weight> {
  const html = (await fetchBytes(url)).toString("utf8");
  const assets = pageAssets(html, url);
  const scripts = await Promise.all(assets.scripts.map(fetchBytes));
  const sheets = await Promise.all(assets.stylesheets.map(fetchBytes));
  const fonts = [
    ...sheets.flatMap((css, i) => fontUrls(css.toString("utf8"), assets.stylesheets[i] ?? url)),
    ...assets.inlineStyles.flatMap((css) => fontUrls(css, url)),
  ];
  // woff2 is already compressed, so fonts count as sent, not gzipped again.
  const fontBytes = await Promise.all([...new Set(fonts)].map(async (f) => (await fetchBytes(f)).length));
  const inlineJs = assets.inlineScripts.length ? gz(assets.inlineScripts.join("\n")) : 0;
  const inlineCss = assets.inlineStyles.length ? gz(assets.inlineStyles.join("\n")) : 0;
  return {
    html: gz(html),
    js: scripts.reduce((sum, s) => sum + gz(s), 0) + inlineJs,
    inlineJs,
    css: sheets.reduce((sum, s) => sum + gz(s), 0) + inlineCss,
    inlineCss,
    fonts: fontBytes.reduce((a, b) => a + b, 0),
    files: scripts.length + sheets.length,
    // The interactive view's class names appear only in Recharts' own code.
    recharts: scripts.some((s) => s.includes("recharts-wrapper")),
  };
}

const HEADER = [
  "page",
  "JS gzip KB (of it inline)",
  "CSS gzip KB (of it inline)",
  "HTML gzip KB",
  "JS+CSS+HTML KB",
  "fonts KB",
  "JS/CSS files",
  "Recharts in initial JS",
];

function row(target: Target, w: Weight): string[] {
  return [
    // Inline scripts and styles are part of the HTML, so the total counts them once.
    target.path,
    `${kb(w.js)} (${kb(w.inlineJs)})`,
    `${kb(w.css)} (${kb(w.inlineCss)})`,
    kb(w.html),
    kb(w.js - w.inlineJs + w.css - w.inlineCss + w.html),
    kb(w.fonts),
    String(w.files),
    w.recharts ? "yes" : "no",
  ];
}

/** Issue 13's budgets for one embedded chart: ≤ 1 KB gzip of JavaScript, ≤ 40 KB gzip in all, fonts included. */
const EMBED_BUDGET = { js: 1024, total: 40 * 1024 };

function embedBudget(w: Weight): string {
  const total = w.js - w.inlineJs + w.css - w.inlineCss + w.html + w.fonts;
  const ok = w.js <= EMBED_BUDGET.js && total <= EMBED_BUDGET.total;
  if (!ok) process.exitCode = 1;
  return (
    `Embed budgets: JavaScript ${w.js} B (budget ${EMBED_BUDGET.js}), total with fonts ${total} B ` +
    `(budget ${EMBED_BUDGET.total}): ${ok ? "held" : "EXCEEDED"}`
  );
}

await withServer(3520, async ({ origin }) => {
  const embed = await embedTarget(origin);
  const targets = [HOME, ...STORY_PAGES, ...(embed ? [embed] : [])];
  const rows: string[][] = [];
  let budget = "";
  for (const target of targets) {
    const weight = await pageWeight(`${origin}${target.path}`);
    rows.push(row(target, weight));
    if (target === embed) budget = embedBudget(weight);
  }
  if (!embed) rows.push(embedTodoRow(HEADER.length));
  console.log(markdownTable(HEADER, rows));
  if (budget) console.log(`\n${budget}`);
  if (!embed) console.log(`\n${EMBED_TODO_NOTE}`);
});
