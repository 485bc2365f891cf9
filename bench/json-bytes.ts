// Encoding an API answer: one JSON.stringify then TextEncoder (what respond.ts did) against jsonBytes
// (lib/http/json-bytes.ts), on a page of 100 figures as the API answers it, alternating in one process.
// BENCH_DB=/tmp/x/1000000/bench.db reads the page from a scale database; without it the site's own figures
// (38) are repeated to 100.
// npx tsx --conditions=react-server bench/json-bytes.ts
import { resolve } from "node:path";
import { jsonBytes } from "@/lib/http/json-bytes";

if (process.env.BENCH_DB) process.env.DATABASE_URL = `file:${resolve(process.env.BENCH_DB)}`;
const { answerApi } = await import("@/server/api/handle");

type Page = { data: unknown[]; next: string | null };
const answer = await answerApi({
  method: "GET",
  url: new URL("http://127.0.0.1/api/v1/observations?limit=100"),
  header: () => null,
});
if (answer.status !== 200 || !(answer.body instanceof Uint8Array)) throw new Error(`the API answered ${answer.status}`);
const page = JSON.parse(Buffer.from(answer.body).toString("utf8")) as Page;
const items = Array.from({ length: 100 }, (_, i) => page.data[i % page.data.length]);
// Fresh objects for every encode, as every request has: a string already flattened encodes fast.
const pages = (n: number): Page[] =>
  Array.from({ length: n }, () => JSON.parse(JSON.stringify({ ...page, data: items })));

const UTF8 = new TextEncoder();
const ways: Record<string, (p: Page) => number> = {
  "JSON.stringify + TextEncoder": (p) => UTF8.encode(JSON.stringify(p)).length,
  jsonBytes: (p) => jsonBytes(p).length,
};
const times: Record<string, number[]> = {};
let bytes = 0;
for (let round = 0; round < 12; round++) {
  for (const [name, encode] of Object.entries(ways)) {
    const batch = pages(100);
    const t = performance.now();
    for (const p of batch) bytes = encode(p);
    (times[name] ??= []).push(((performance.now() - t) / batch.length) * 1000);
  }
}
console.log(`| encoding (${bytes} bytes, 100 figures) | median µs | best µs |\n| --- | ---: | ---: |`);
for (const [name, list] of Object.entries(times)) {
  const sorted = list.slice(2).sort((a, b) => a - b);
  console.log(`| ${name} | ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} | ${sorted[0]?.toFixed(0)} |`);
}
