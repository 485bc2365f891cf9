// The search index keeps prefixes of 2–4 characters (db/search-index.ts) so a typed-ahead last word is read
// like a word at 10^6 figures. It must change no answer: every search of the real data answers as it does
// from an index built without them. And a database whose index has the older definition must say so, as
// an older schema, until a load builds it again.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "search-prefix-")), "s.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { readLoadedState } = await import("@/db/queries/loaded-state");
const { SEARCH_TABLE, hasSearchIndex, searchIndexStatements } = await import("@/db/search-index");
const { searchScoped } = await import("@/server/search");

const db = createWriterDb();
const WORDS = [
  ...["Gyumri", "JF-17", "arms imports", "Pinaka", "billion", "did not exceed", "million"],
  ...["mill", "Pina", "Gyu", "JF", "JF-1", "ar", "imp", "17", "20", "Ru", "Russ", "Azerbaij", "a", "5", "the"],
];
const answers = () => Promise.all(WORDS.map((w) => searchScoped(w, 50)));
// The index as it was defined before prefixes were kept.
const OLD = `create virtual table ${SEARCH_TABLE} using fts5(kind unindexed, ref unindexed, title, body,
  tokenize = 'porter unicode61 remove_diacritics 2')`;

beforeAll(async () => {
  expect(await loadDataset(db, DATA_DIR)).toMatchObject({ ok: true });
});

describe("a search index with prefixes", () => {
  it("is what a load builds", async () => {
    expect(await hasSearchIndex(db.$client)).toBe(true);
    const { rows } = await db.$client.execute(`select sql from sqlite_master where name = '${SEARCH_TABLE}'`);
    expect(String(rows[0]?.sql)).toContain("prefix = '2 3 4'");
    expect(await readLoadedState(db)).toMatchObject({ ok: true });
  });

  it("finds a word from its first letters, a hyphenated name, and never types ahead one letter", async () => {
    const first = async (q: string) => (await searchScoped(q, 10)).hits[0];
    const pinaka = await first("Pina");
    expect(pinaka?.kind === "series" && pinaka.series.slug).toBe("in-am-defence-contracts");
    const bill = await searchScoped("bill", 10);
    expect(bill.hits.length).toBeGreaterThan(3);
    expect(bill.hits.every((h) => /\u0001bill/i.test(h.snippet))).toBe(true);
    expect((await first("JF-17"))?.snippet).toMatch(/^\u0001JF-17\u0002 jets/);
    // "a" alone is the word "a", not every word beginning with it.
    const a = await searchScoped("a", 50);
    expect(a.hits.every((h) => !/\u0001a[a-z]/i.test(h.snippet))).toBe(true);
  });

  it("finds a word while it is typed past its stem ('governm' on the way to 'government', kept as 'govern')", async () => {
    const typed = { governm: "government", operat: "operation", escalat: "escalation", estima: "estimated" };
    for (const [prefix, word] of Object.entries(typed)) {
      const { hits } = await searchScoped(prefix, 50);
      expect(hits.length, prefix).toBeGreaterThan(0);
      // Every hit shows a word of the typed word's family marked, and the word itself is among them.
      expect(
        hits.every((h) => /\u0001[^\u0002]+\u0002/.test(h.snippet)),
        prefix,
      ).toBe(true);
      expect(
        hits.some((h) => h.snippet.toLowerCase().includes(`\u0001${word}`)),
        prefix,
      ).toBe(true);
    }
    // A final y is not read as an i: "Pashiny" finds Pashinyan.
    expect((await searchScoped("Pashiny", 10)).hits.some((h) => h.snippet.includes("\u0001Pashinyan"))).toBe(true);
  });

  it("answers every search exactly as an index without prefixes does", async () => {
    const withPrefixes = await answers();
    expect(withPrefixes.filter((r) => r.hits.length > 0).length).toBeGreaterThan(WORDS.length - 3);
    const [, , ...fill] = searchIndexStatements();
    await db.$client.batch([{ sql: `drop table ${SEARCH_TABLE}`, args: [] }, { sql: OLD, args: [] }, ...fill], "write");
    expect(await hasSearchIndex(db.$client)).toBe(false);
    expect(await answers()).toEqual(withPrefixes);
  });

  it("is missing from a database loaded before it: an older schema until `npm run db:load`, which builds it", async () => {
    expect(await hasSearchIndex(db.$client)).toBe(false);
    const state = await readLoadedState(db);
    expect(state).toMatchObject({ ok: false, kind: "old-schema" });
    expect(!state.ok && state.message).toMatch(/older schema than this code: run `npm run db:load`/);
    // What `npm run db:load` does on start (only if stale): the data is the same, the index is not.
    expect(await loadDataset(db, DATA_DIR, { onlyIfStale: true })).toMatchObject({ ok: true, skipped: false });
    expect(await hasSearchIndex(db.$client)).toBe(true);
    expect(await readLoadedState(db)).toMatchObject({ ok: true });
  });
});
