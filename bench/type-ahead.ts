// The search box while a reader types (lib/search/fts-query.ts): every prefix of every word in the real
// data's search index (two letters up to one short of the word), searched as the site searches it. Prints
// how many prefixes find nothing though a word begins with them, and how many of all the rows found have
// no word beginning with the prefix (found through a stem's family, or porter reading the prefix itself).
// npm run db:load first; then: npx tsx bench/type-ahead.ts   (BENCH_DB=path for another database file)
import Database from "libsql";
import { toFtsQuery } from "@/lib/search/fts-query";

const db = new Database(process.env.BENCH_DB ?? ".data/dashboard.db", { readonly: true });
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
