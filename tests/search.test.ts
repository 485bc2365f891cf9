// Search over the real data/, loaded into a temporary database with its FTS5 index: the words a reader
// tries find the figures they expect, and the API answers them as declared.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, schemaChecker } from "./api-helpers";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "search-")), "s.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { search } = await import("@/server/search");
const { markedHit } = await import("@/lib/search/marked-hit");
const { handleApi } = await import("@/server/api/handle");

beforeAll(async () => {
  expect(await loadDataset(createWriterDb(), DATA_DIR)).toMatchObject({ ok: true });
});

const text = (hits: Awaited<ReturnType<typeof search>>) =>
  hits.map((h) => (h.kind === "series" ? h.series.title : `${h.series.title} | ${h.citation.quote}`)).join("\n");

describe("search", () => {
  it.each(["Gyumri", "JF-17"])("finds the quotes that name %s", async (word) => {
    const hits = await search(word);
    expect(hits.length).toBeGreaterThan(0);
    const first = hits.find((h) => h.kind === "figure");
    expect(first?.snippet.toLowerCase()).toContain(`\u0001${word.split("-")[0]?.toLowerCase()}`);
  });

  it("finds India's contracts with Armenia for 'Pinaka', a weapon the article names without a figure", async () => {
    const hits = await search("Pinaka");
    expect(hits[0]?.kind === "series" && hits[0].series.slug).toBe("in-am-defence-contracts");
  });

  it("finds arms-import figures for 'arms imports'", async () => {
    const hits = await search("arms imports");
    expect(text(hits)).toMatch(/arms[- ]import/i);
  });

  it("finds figures stated in billions for 'billion'", async () => {
    const hits = await search("billion");
    expect(hits.filter((h) => h.kind === "figure").length).toBeGreaterThan(3);
  });

  it("finds a number or a name as the article wrote it, whichever way it is typed", async () => {
    // The article says "3,000 Russian soldiers"; readers type 3000 (and "3000" may be typed on to 30,000).
    for (const typed of ["3000", "3000 soldiers", "3,000", "3000 sol"])
      expect(text(await search(typed)), typed).toMatch(/hosts 3,000 Russian soldiers/);
    const hyphenated = text(await search("JF-17"));
    expect(hyphenated).toMatch(/JF-17/);
    expect(text(await search("JF17"))).toBe(hyphenated);
  });

  it("shows every hit's reason: its title marked, or the words of its series or source that matched", async () => {
    const shown = (hits: Awaited<ReturnType<typeof search>>) =>
      hits.map((h) => markedHit(h.snippet, h.heading, h.series.title));
    const marks = (segments: { text: string; match: boolean }[] | null) =>
      (segments ?? []).filter((x) => x.match).map((x) => x.text.toLowerCase());
    for (const q of ["Gyumri", "Cutler", "Azerbaijan", "import share", "Pinaka"]) {
      const hits = await search(q);
      expect(hits.length, q).toBeGreaterThan(0);
      for (const [i, h] of shown(hits).entries())
        expect([...marks(h.title), ...marks(h.body), ...marks(h.elsewhere)], `${q}: hit ${i}`).not.toEqual([]);
    }
    // The treaty's series names Gyumri in its title only.
    const treaty = (await search("Gyumri")).find((h) => h.series.title.startsWith("Year until which"));
    expect(treaty && marks(markedHit(treaty.snippet, treaty.heading, treaty.series.title).title)).toEqual(["gyumri"]);
    // An author is found in the figure's source.
    const [byAuthor] = shown((await search("Cutler")).filter((h) => h.kind === "figure"));
    expect(marks(byAuthor?.elsewhere ?? null)).toEqual(["cutler"]);
  });

  it("treats FTS syntax as words and finds nothing rather than failing", async () => {
    expect(await search('NEAR( "title: *')).toEqual([]);
  });

  it("answers /api/v1/search as declared", async () => {
    const doc = await (await handleApi(new Request(`${BASE}/api/v1/openapi.json`))).json();
    const check = schemaChecker(doc);
    const res = await handleApi(new Request(`${BASE}/api/v1/search?q=Gyumri&limit=3`));
    const body = await res.json();
    expect(check("/search", res.status, "application/json", body)).toBe(null);
    expect(body.data[0].snippet.some((s: { match: boolean }) => s.match)).toBe(true);
    const bad = await handleApi(new Request(`${BASE}/api/v1/search?q=`));
    expect(bad.status).toBe(400);
  });

  it("says in the API why each hit was found: its title, its text or the words of its series or source", async () => {
    const doc = await (await handleApi(new Request(`${BASE}/api/v1/openapi.json`))).json();
    const check = schemaChecker(doc);
    type Segments = { text: string; match: boolean }[] | null;
    type Item = { snippet: Segments; titleSnippet: Segments; foundIn: Segments };
    const marked = (s: Segments) => (s ?? []).some((x) => x.match);
    for (const q of ["Cutler", "Gyumri", "arms"]) {
      const res = await handleApi(new Request(`${BASE}/api/v1/search?q=${q}`));
      const body = (await res.json()) as { data: Item[] };
      expect(check("/search", res.status, "application/json", body), q).toBe(null);
      for (const item of body.data)
        expect(marked(item.snippet) || marked(item.titleSnippet) || marked(item.foundIn), q).toBe(true);
    }
    const cutler = (await (await handleApi(new Request(`${BASE}/api/v1/search?q=Cutler`))).json()) as { data: Item[] };
    expect(cutler.data.some((i) => (i.foundIn ?? []).some((x) => x.match && x.text === "Cutler"))).toBe(true);
  });
});
