// npm run bench:explore — the explorer with 5 series beside a story page (issue 10, section 4): server
// render time (full response, sequential requests, so each is one render with nothing queued) and page
// weight (gzip bytes of HTML, JS and CSS, file by file as a server sends them). Runs against a server that is
// already up (npm start), at BENCH_ORIGIN (default http://127.0.0.1:36100); loopback only; stops by itself.
import { gzipSync } from "node:zlib";
import { kb, markdownTable } from "./markdown-table";
import { pageAssets } from "./page-assets";

const ORIGIN = process.env.BENCH_ORIGIN ?? "http://127.0.0.1:36100";
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(ORIGIN)) throw new Error("BENCH_ORIGIN must be on 127.0.0.1");

const FIVE = [
  "ru-am-trade-turnover",
  "ru-ir-trade-turnover",
  "ru-share-am-arms-imports",
  "ru-am-trade-growth",
  "in-am-defence-contracts",
];
const TARGETS = [
  { label: "story page (prerendered)", path: "/stories/armenia-arms-dependence" },
  { label: "explorer, 5 series, 3 units", path: `/explore?series=${FIVE.join("~")}` },
  {
    label: "explorer, 5 series, titled, 2015..2025",
    path: `/explore?series=${FIVE.join("~")}&time=2015..2025&title=Bench`,
  },
  { label: "explorer PNG, 5 series (render pool)", path: `/explore/chart.png?series=${FIVE.join("~")}` },
  { label: "explorer CSV, 5 series", path: `/explore/chart.csv?series=${FIVE.join("~")}` },
];

const gz = (b: string | Buffer) => gzipSync(b, { level: 9 }).length;

async function get(url: string): Promise<{ ms: number; body: Buffer; type: string }> {
  const t0 = performance.now();
  const res = await fetch(url, { redirect: "manual" });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return { ms: performance.now() - t0, body, type: res.headers.get("content-type") ?? "" };
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function weight(url: string, html: Buffer): Promise<{ html: number; js: number; css: number }> {
  const assets = pageAssets(html.toString("utf8"), url);
  const js = await Promise.all(assets.scripts.map(async (s) => gz((await get(s)).body)));
  const css = await Promise.all(assets.stylesheets.map(async (s) => gz((await get(s)).body)));
  return { html: gz(html), js: js.reduce((a, b) => a + b, 0), css: css.reduce((a, b) => a + b, 0) };
}

const rows: string[][] = [];
for (const t of TARGETS) {
  const url = `${ORIGIN}${t.path}`;
  const first = await get(url); // warm: compiled routes, database pages in cache
  const times: number[] = [];
  // PNGs and CSVs are cached by state once drawn; a fresh width each run makes every PNG a real render.
  for (let i = 0; i < RUNS; i++) {
    const u = t.path.includes(".png") ? `${url}&width=${320 + 80 * (i % 26)}` : url;
    times.push((await get(u)).ms);
  }
  const isPage = first.type.startsWith("text/html");
  const w = isPage ? await weight(url, first.body) : null;
  rows.push([
    t.label,
    `${pct(times, 50).toFixed(1)} / ${pct(times, 95).toFixed(1)}`,
    w ? kb(w.html) : kb(first.body.length),
    w ? kb(w.js) : "–",
    w ? kb(w.css) : "–",
    w ? kb(w.html + w.js + w.css) : "–",
  ]);
}
console.log(`${RUNS} sequential requests each after one warm-up, ${ORIGIN}, ${new Date().toISOString()}`);
console.log(
  markdownTable(
    ["page", "response ms p50 / p95", "HTML gzip KB (file: raw KB)", "JS gzip KB", "CSS gzip KB", "total KB"],
    rows,
  ),
);
