// What the search box costs while a reader types, at scale: every prefix of every word in the real data's
// index (as bench/type-ahead.ts lists them) searched as the site searches it (server/search.ts, 20 hits)
// on a kept scale database, one after another: p50 / p95 / max ms and the slowest prefixes.
// BENCH_DB=/tmp/keep/1000000/bench.db npx tsx --conditions=react-server bench/type-ahead-time.ts
// (npm run db:load first: the prefixes come from .data/dashboard.db; BENCH_WORDS_DB for another file)
import Database from "libsql";

const target = process.env.BENCH_DB ?? "";
if (!target) throw new Error("BENCH_DB must name a scale database (npm run bench:scale with BENCH_KEEP)");
process.env.DATABASE_URL = `file:${target}`;
const { searchScoped } = await import("@/server/search");

const words = new Database(process.env.BENCH_WORDS_DB ?? ".data/dashboard.db", { readonly: true });
const prefixes = new Set<string>();
for (const [text] of words.prepare("select title || ' ' || body from search_index").raw(true).all() as string[][])
  for (const word of (text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [])
    for (let n = 2; n < [...word].length; n++) prefixes.add([...word].slice(0, n).join(""));

for (const p of [...prefixes].slice(0, 50)) await searchScoped(p, 20);
const times: [string, number][] = [];
for (const p of prefixes) {
  const t = performance.now();
  await searchScoped(p, 20);
  times.push([p, performance.now() - t]);
}
const ms = times.map(([, t]) => t).sort((a, b) => a - b);
const at = (q: number) => (ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] ?? NaN).toFixed(1);
console.log(
  `| prefixes | p50 / p95 / max ms |\n| ---: | ---: |\n| ${ms.length} | ${at(0.5)} / ${at(0.95)} / ${at(1)} |`,
);
const slowest = times.sort((a, b) => b[1] - a[1]).slice(0, 12);
console.log(`\nSlowest: ${slowest.map(([p, t]) => `${p} ${t.toFixed(1)}`).join(", ")}`);
