// The search box while a reader types, on the real data (lib/search/stems.ts, fts-query.ts): what the JS
// stemmer says FTS5 keeps of a word is what FTS5 keeps, for every word of the index and every completion
// the type-ahead sends; and every prefix a reader can type of every word finds a row, but for the few that
// porter makes unreachable (a final y read as i, three letters before a shorter stem).
import Database from "libsql";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toFtsQuery } from "@/lib/search/fts-query";
import { porterStem, stemCompletions } from "@/lib/search/stems";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "search-stems-")), "s.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { SEARCH_DEFINITION, SEARCH_TABLE } = await import("@/db/search-index");
const { searchScoped } = await import("@/server/search");
const { suggestSeries } = await import("@/db/queries/explore");

const db = createWriterDb();
const wordsOf = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
let texts: string[] = [];
let prefixes: string[] = [];

beforeAll(async () => {
  expect(await loadDataset(db, DATA_DIR)).toMatchObject({ ok: true });
  const { rows } = await db.$client.execute(`select title || ' ' || body from ${SEARCH_TABLE}`);
  texts = rows.map((r) => String(r[0]));
  const all = new Set<string>();
  for (const word of texts.flatMap(wordsOf))
    for (let n = 2; n < [...word].length; n++) all.add([...word].slice(0, n).join(""));
  prefixes = [...all];
});

/** What FTS5, with the index's tokenizer, keeps of each word. */
function ftsStems(words: readonly string[]): string[] {
  const mem = new Database(":memory:");
  mem.exec(`create virtual table f ${SEARCH_DEFINITION}; create virtual table v using fts5vocab(f, 'instance')`);
  const insert = mem.prepare("insert into f (rowid, kind, ref, title, body) values (?, '', '', '', ?)");
  words.forEach((w, i) => insert.run(i + 1, w));
  const byRow = new Map(
    (mem.prepare("select doc, term from v").raw(true).all() as [number, string][]).map(([d, t]) => [d, t]),
  );
  return words.map((_, i) => byRow.get(i + 1) ?? "");
}

describe("the type-ahead on the real data", () => {
  it("stems every word of the index, and every completion it sends, as FTS5 does", () => {
    const ascii = [...new Set(texts.flatMap(wordsOf))].filter((w) => /^[a-z]+$/.test(w));
    const completions = [...new Set(prefixes.filter((p) => p.length >= 4).flatMap((p) => stemCompletions(p, 4)))];
    expect(ascii.length).toBeGreaterThan(500);
    expect(completions.length).toBeGreaterThan(200);
    const words = [...ascii, ...completions];
    const fts = ftsStems(words);
    const differ = words.filter((w, i) => porterStem(w) !== fts[i]);
    expect(differ).toEqual([]);
  });

  it("finds a row for every prefix of every word, but a final y or a three-letter one porter stems shorter", async () => {
    const nothing: string[] = [];
    for (const prefix of prefixes) {
      const { rows } = await db.$client.execute({
        sql: `select count(*) from ${SEARCH_TABLE} where ${SEARCH_TABLE} match ?`,
        args: [toFtsQuery(prefix) ?? ""],
      });
      if (Number(rows[0]?.[0]) === 0) nothing.push(prefix);
    }
    expect(prefixes.length).toBeGreaterThan(1500);
    expect(nothing.filter((p) => [...p].length > 3 && !p.endsWith("y"))).toEqual([]);
    // Typed letter by letter, "planning" never loses its rows (before: plann, planni and plannin found none).
    expect(nothing.filter((p) => "planning".startsWith(p) || "running".startsWith(p))).toEqual([]);
  });

  it("leaves out the rows only a completion's stem or a shorter stem found", async () => {
    const plain = (text: string) => text.replace(/[\u0001\u0002]/g, "");
    const row = (h: (typeof hits)[number]) => `${plain(h.heading)} ${plain(h.snippet)}`;
    // "citin" is also looked for as "citiness", whose stem "citi" is the one of "cities".
    const { hits } = await searchScoped("citin", 20);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(row(h)).toMatch(/(^|[^a-z])citin/i);
    // "arms" * is searched as "arm" *, which "Armenia" and "army" begin: a row is kept for its word "arms"
    // (or "arm", "armed": the stem of "arms" whole), never for "Armenia" alone.
    const arms = (await searchScoped("arms", 50)).hits;
    expect(arms.length).toBeGreaterThan(5);
    for (const h of arms) expect(row(h)).toMatch(/(^|[^a-z])arm(s|ed|ing)?([^a-z]|$)/i);
    for (const h of arms) expect(h.snippet + h.heading).not.toMatch(/\u0001Armenia/i);
  });

  it("does so in the explorer's type-ahead too", async () => {
    // "deployi" is also looked for as "deployment" (stem "deploy"): the series whose sentence says
    // "deploying" comes before those saying "deployments", though bm25 put those first.
    const slugs = (await suggestSeries(toFtsQuery("deployi"), [], 8)).map((s) => s.slug);
    expect(slugs[0]).toBe("eu-monitors-am-announced");
    expect(slugs).toContain("ru-am-gyumri-deployments");
  });
});
