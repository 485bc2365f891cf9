// The search box while a reader types (lib/search/fts-query.ts): every prefix of every word in the real
// data's search index (two letters up to one short of the word), searched as the site searches it. Prints
// how many prefixes find nothing though a word begins with them, and how many of all the rows found have
// no word beginning with the prefix (found through a stem's family, or porter reading the prefix itself).
// Then the same for the rows /search shows (server/search.ts, up to 200 per prefix), which leaves out rows
// found only through a shorter stem ("arms" * is searched as "arm" *: "Armenia").
// npm run db:load first; then: npx tsx --conditions=react-server bench/type-ahead.ts
// (BENCH_DB=path for another database file)
import Database from "libsql";
import { toFtsQuery } from "@/lib/search/fts-query";

const file = process.env.BENCH_DB ?? ".data/dashboard.db";
process.env.DATABASE_URL = `file:${file}`;
const { searchScoped } = await import("@/server/search");
const db = new Database(file, { readonly: true });
const wordsOf = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const texts = (db.prepare("select title || ' ' || body from search_index").raw(true).all() as string[][]).map(
  ([text]) => text ?? "",
);
const prefixes = new Set<string>();
for (const text of texts)
  for (const word of wordsOf(text))
    for (let n = 2; n < [...word].length; n++) prefixes.add([...word].slice(0, n).join(""));

const found = db.prepare("select title || ' ' || body from search_index where search_index match ?").raw(true);
const none: string[] = [];
let rows = 0;
let offFamily = 0;
for (const prefix of prefixes) {
  const hits = found.all(toFtsQuery(prefix) ?? "") as string[][];
  if (hits.length === 0) none.push(prefix);
  rows += hits.length;
  offFamily += hits.filter(([text]) => !wordsOf(text ?? "").some((w) => w.startsWith(prefix))).length;
}
console.log(`| prefixes | find nothing | rows found | rows with no word beginning with the prefix |`);
console.log(`| ---: | ---: | ---: | ---: |`);
console.log(`| ${prefixes.size} | ${none.length} | ${rows} | ${offFamily} |`);
console.log(`\nFind nothing: ${none.join(", ")}`);

const plain = (text: string) => text.replace(/[\u0001\u0002]/g, "");
let shown = 0;
let shownOff = 0;
const shownNone: string[] = [];
for (const prefix of prefixes) {
  const { hits } = await searchScoped(prefix, 200);
  if (hits.length === 0) shownNone.push(prefix);
  shown += hits.length;
  const words = (h: (typeof hits)[number]) => wordsOf(`${plain(h.heading)} ${plain(h.snippet)}`);
  shownOff += hits.filter((h) => !words(h).some((w) => w.startsWith(prefix))).length;
}
console.log(`\nAs /search shows them:\n`);
console.log(`| prefixes | find nothing | rows shown | rows with no word beginning with the prefix |`);
console.log(`| ---: | ---: | ---: | ---: |`);
console.log(`| ${prefixes.size} | ${shownNone.length} | ${shown} | ${shownOff} |`);
console.log(`\nFind nothing: ${shownNone.join(", ")}`);
