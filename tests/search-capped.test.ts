// A word in more rows than a search ranks (db/queries/search.ts, MAX_RANKED): the first matches are answered
// in index order, exact words before the prefix, and the API says so. The real data has no such word, so
// extra index rows naming real series are added to a temporary copy.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, schemaChecker } from "./api-helpers";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "search-capped-")), "s.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { MAX_RANKED } = await import("@/db/queries/search");
const { searchScoped } = await import("@/server/search");
const { handleApi } = await import("@/server/api/handle");

const EXTRA = MAX_RANKED + 50;
/** A snippet with its first word marked as matched, as FTS5 writes it. */
const marked = (text: string) => text.replace(/^(\w+)/, "\u0001$1\u0002");

beforeAll(async () => {
  const db = createWriterDb();
  expect(await loadDataset(db, DATA_DIR)).toMatchObject({ ok: true });
  const slugs = (await db.$client.execute("select slug from series order by slug")).rows.map((r) => String(r.slug));
  // Nine in ten extra rows say "zebra", one in ten "zebrafish", which only the prefix "zebra*" finds.
  const rows = Array.from({ length: EXTRA }, (_, i) => ({
    sql: "insert into search_index (kind, ref, title, body) values ('series', ?, 'x', ?)",
    args: [slugs[i % slugs.length] ?? "", i % 10 === 0 ? `zebrafish ${i}` : `zebra ${i}`],
  }));
  await db.$client.batch(rows, "write");
});

describe("search of a word in more rows than are ranked", () => {
  it("answers the first exact matches in index order and says it did", async () => {
    const { hits, rankedAmong } = await searchScoped("zebr", 5);
    expect(rankedAmong).toBe(MAX_RANKED);
    expect(hits).toHaveLength(5);
    // "zebr" exact matches nothing, so the prefix's first rows answer, "zebrafish" among them.
    expect(hits.map((h) => h.snippet)).toEqual(["zebrafish 0", "zebra 1", "zebra 2", "zebra 3", "zebra 4"].map(marked));
    // "zebra" exact fills the ranked matches: the prefix (and "zebrafish 0", 10, …) is not read.
    const exact = await searchScoped("zebra", 5);
    expect(exact.rankedAmong).toBe(MAX_RANKED);
    expect(exact.hits.map((h) => h.snippet)).toEqual(
      ["zebra 1", "zebra 2", "zebra 3", "zebra 4", "zebra 5"].map(marked),
    );
  });

  it("declares it in /api/v1/search, and not for a word in few rows", async () => {
    const check = schemaChecker(await (await handleApi(new Request(`${BASE}/api/v1/openapi.json`))).json());
    const res = await handleApi(new Request(`${BASE}/api/v1/search?q=zebra&limit=3`));
    const body = await res.json();
    expect(check("/search", res.status, "application/json", body)).toBe(null);
    expect(body.partial).toEqual({ firstMatches: MAX_RANKED, order: "index" });
    const few = await (await handleApi(new Request(`${BASE}/api/v1/search?q=Gyumri`))).json();
    expect(few.partial).toBeUndefined();
    expect(few.data.length).toBeGreaterThan(0);
  });
});
