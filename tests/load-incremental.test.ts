// A republish that parses only the changed observations files (db/load-incremental.ts) must leave the
// database exactly as a full load does, and must still reject a bad record, including one that is bad
// only because of a file that did not change, leaving the database as it was.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { createDb, type Db } from "@/db/client";
import { loadDataset } from "@/db/load";
import { loadChangedFiles } from "@/db/load-incremental";
import { DATA_DIR } from "@/db/ensure";
import { dumpDatabase } from "./db-dump";
import { ADDED_SHARE_2024, validFixture, writeDataset, type Fixture } from "./dataset-fixture";

// The fixture's figures in four files: the derived trade figure reads figures of two other files.
const SPLIT: Record<string, string[]> = {
  "a-trade.yaml": ["ru-am-trade/2021", "ru-am-trade/2024"],
  "b-growth.yaml": ["ru-am-growth/2022"],
  "c-derived.yaml": ["ru-am-trade/2022"],
  "d-share.yaml": ["ru-share/2025"],
};

/**
 * Writes the fixture with its observations split into `split`'s files (extra ones go to d-share.yaml, if
 * it is one of them) and `extra` files (paths under data/) beside them.
 */
function writeSplit(f: Fixture, split = SPLIT, extra: Record<string, unknown> = {}): string {
  const data = writeDataset(f);
  rmSync(join(data, "observations/observations.yaml"));
  const placed = new Set(Object.values(split).flat());
  for (const [name, ids] of Object.entries(split)) {
    const records = f.observations.filter((o) =>
      name === "d-share.yaml"
        ? ids.includes(o.id as string) || !placed.has(o.id as string)
        : ids.includes(o.id as string),
    );
    writeFileSync(join(data, "observations", name), stringify(records));
  }
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(data, name), stringify(content));
  return data;
}

/** The data folder without d-share.yaml. */
function withoutShare(data: string): string {
  rmSync(join(data, "observations/d-share.yaml"));
  return data;
}

/**
 * What a reader can see, without the numbers that say where rows sit (ordinals, rowids, citation ids): two
 * loads of the same files with other histories number new files differently but hold the same.
 */
async function logicalDump(db: Db): Promise<Record<string, unknown[]>> {
  const q = async (sql: string) => (await db.$client.execute(sql)).rows.map((r) => [...Object.values(r)]);
  return {
    observations: await q(`select id, series_slug, period, period_start, period_end, period_kind, circa, value,
      value_high, precision, bound, strict, derived, formula, note from observations order by id`),
    inputs: await q("select observation_id, input_id from observation_inputs order by 1, 2"),
    citations: await q("select observation_id, ordinal, source_id, quote, context from citations order by 1, 2"),
    small: [
      await q("select * from sources order by id"),
      await q("select * from entities order by id"),
      await q("select * from series order by slug"),
      await q("select * from series_entities order by 1, 2, 3"),
    ],
    search: await q(`select s.kind, coalesce(c.observation_id, s.ref), c.ordinal, s.title, s.body from search_index s
      left join citations c on s.kind = 'citation' and c.id = s.ref order by 1, 2, 3`),
  };
}

const newDb = (): Db => createDb(`file:${join(mkdtempSync(join(tmpdir(), "incremental-")), "i.db")}`);
const dump = async (db: Db) => JSON.stringify(await dumpDatabase(db.$client), (_k, v: unknown) => v);

function edit(change: (f: Fixture) => void): Fixture {
  const f = validFixture();
  change(f);
  return f;
}

const observation = (f: Fixture, id: string) => f.observations.find((o) => o.id === id) as Record<string, unknown>;

/** The share corrected in place: one file changes, every count stays. */
const correctShare = (f: Fixture) => {
  Object.assign(observation(f, "ru-share/2025"), {
    value: 9,
    citations: [{ source: "poghosyan-2025", quote: "As of 2025, that figure has dropped to below 9%" }],
  });
};

async function loaded(f: Fixture): Promise<Db> {
  const db = newDb();
  expect(await loadDataset(db, writeSplit(f))).toMatchObject({ ok: true });
  return db;
}

/** The real data/ with Russia–Armenia trade in 2024 corrected from $12.4 billion to $12.6 billion. */
function correctedRealData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "incremental-real-")), "data");
  cpSync(DATA_DIR, dir, { recursive: true });
  const file = join(dir, "observations/poghosyan-2025-aravot.yaml");
  const text = readFileSync(file, "utf8");
  const fixed = text
    .replace("value: 12400000000", "value: 12600000000")
    .replace(/\$12\.4(\s+)billion/g, "$$12.6$1billion");
  expect(fixed).not.toBe(text);
  writeFileSync(file, fixed);
  return dir;
}

describe("a republish of changed files only", () => {
  it("gives the database a full load gives for the real data/, corrected", async () => {
    const [quick, full] = [newDb(), newDb()];
    for (const db of [quick, full]) expect(await loadDataset(db, DATA_DIR)).toMatchObject({ ok: true });
    const corrected = correctedRealData();
    expect(await loadChangedFiles(quick, corrected)).toMatchObject({ ok: true, skipped: false });
    expect(await loadDataset(full, corrected, { full: true })).toMatchObject({ ok: true, skipped: false });
    expect(await dump(quick)).toBe(await dump(full));
  });

  it("gives the database a full load gives, after a correction in place", async () => {
    const [quick, full] = await Promise.all([loaded(validFixture()), loaded(validFixture())]);
    const corrected = writeSplit(edit(correctShare));
    expect(await loadChangedFiles(quick, corrected)).toMatchObject({ ok: true, skipped: false });
    expect(await loadDataset(full, corrected, { full: true })).toMatchObject({ ok: true, skipped: false });
    expect(await dump(quick)).toBe(await dump(full));
    const rs = await quick.$client.execute("select changed from publishes order by id desc limit 1");
    expect(rs.rows[0]?.changed).toBe(1);
  });

  it("gives the same database when a derived figure's input changes with it, and when an id is renamed", async () => {
    const change = (f: Fixture) => {
      observation(f, "ru-am-growth/2022").value = 80;
      observation(f, "ru-am-growth/2022").citations = [
        { source: "avdaliani-2023", quote: "A near-80% growth in bilateral trade was registered in 2022." },
      ];
      observation(f, "ru-am-trade/2022").value = 4.5e9;
      observation(f, "ru-share/2025").id = "ru-share/2025/upper";
    };
    const [quick, full] = await Promise.all([loaded(validFixture()), loaded(validFixture())]);
    const changed = writeSplit(edit(change));
    expect(await loadChangedFiles(quick, changed)).toMatchObject({ ok: true });
    expect(await loadDataset(full, changed, { full: true })).toMatchObject({ ok: true });
    expect(await dump(quick)).toBe(await dump(full));
  });

  /** A new article: a source, a series in a new series file, and its figures in a new observations file. */
  const article = (f: Fixture) => {
    f.sources.push({ ...f.sources[0], id: "new-2026", author: "A. Newcomer", url: "https://example.org/new" });
    f.observations.push({
      id: "am-gdp/2025",
      series: "am-gdp",
      period: "2025",
      value: 25e9,
      bound: "approx",
      citations: [{ source: "new-2026", quote: "Armenia's economy reached about $25 billion in 2025" }],
    });
  };
  const gdpSeries = { slug: "am-gdp", title: "Armenia's GDP", unit: "USD", measure: "gdp", kind: "indicator" };
  const newArticleFiles = (f: Fixture) =>
    writeSplit(
      f,
      { ...SPLIT, "0-new.yaml": ["am-gdp/2025"] },
      {
        "series/0-new.yaml": [{ ...gdpSeries, topic: "trade", entities: [{ entity: "AM", role: "subject" }] }],
      },
    );

  const GOOD: { name: string; change: (f: Fixture) => void; files?: (f: Fixture) => string }[] = [
    {
      name: "a figure added to a file",
      change: (f) => f.observations.push(structuredClone(ADDED_SHARE_2024)),
    },
    {
      name: "a figure removed from a file",
      change: (f) => (f.observations = f.observations.filter((o) => o.id !== "ru-am-trade/2024")),
    },
    { name: "a new article (source, series file, observations file)", change: article, files: newArticleFiles },
    {
      name: "a removed observations file",
      change: (f) => (f.observations = f.observations.filter((o) => o.id !== "ru-share/2025")),
      files: (f) => withoutShare(writeSplit(f)),
    },
    {
      name: "a changed series file (a title, an entity, a new series)",
      change: (f) => {
        Object.assign(f.series[0] ?? {}, { title: "Russia–Armenia trade turnover" });
        (f.series[2]?.entities as unknown[]).push({ entity: "RU", role: "partner" });
        f.series.push({ ...gdpSeries, topic: "trade", entities: [{ entity: "AM", role: "subject" }] });
      },
    },
    {
      name: "a changed source and entity, and a source added",
      change: (f) => {
        Object.assign(f.sources[0] ?? {}, { author: "B. Poghosyan", publication: "Aravot (English)" });
        Object.assign(f.entities[0] ?? {}, { name: "Russian Federation" });
        f.sources.push({ ...f.sources[1], id: "unused-2026" });
      },
    },
  ];

  it.each(GOOD)("gives the database a full load gives after $name", async ({ change, files }) => {
    const write = files ?? writeSplit;
    const [quick, full] = await Promise.all([loaded(validFixture()), loaded(validFixture())]);
    const changed = write(edit(change));
    expect(await loadChangedFiles(quick, changed)).toMatchObject({ ok: true, skipped: false });
    expect(await loadDataset(full, changed, { full: true })).toMatchObject({ ok: true, skipped: false });
    expect(await dump(quick)).toBe(await dump(full));
    // And the same content as a first load of the same files into an empty database, whose blocks follow
    // the files' order (0-new.yaml first) where the republish gave the new file the next block.
    const fresh = newDb();
    expect(await loadDataset(fresh, changed)).toMatchObject({ ok: true });
    expect(await logicalDump(quick)).toEqual(await logicalDump(fresh));
  });

  it("numbers a new file's rows after every other file's, moving none of theirs", async () => {
    const db = await loaded(validFixture());
    const before = await db.$client.execute("select id, ordinal, rowid from observations order by id");
    expect(await loadChangedFiles(db, newArticleFiles(edit(article)))).toMatchObject({ ok: true });
    const after = await db.$client.execute("select id, ordinal, rowid from observations order by id");
    const old = after.rows.filter((r) => r.id !== "am-gdp/2025");
    expect(old.map((r) => [r.id, r.ordinal, r.rowid])).toEqual(before.rows.map((r) => [r.id, r.ordinal, r.rowid]));
    expect(Number(after.rows.find((r) => r.id === "am-gdp/2025")?.ordinal)).toBe(4 * 2 ** 20);
    const rs = await db.$client.execute("select added from publishes order by id desc limit 1");
    expect(rs.rows[0]?.added).toBe(1);
  });

  /** A removed file's block is not given again: a file added later goes after it. */
  it("does not give a removed file's block to a new file", async () => {
    const db = await loaded(validFixture());
    const gone = (f: Fixture) => (f.observations = f.observations.filter((o) => o.id !== "ru-share/2025"));
    expect(await loadChangedFiles(db, withoutShare(writeSplit(edit(gone))))).toMatchObject({ ok: true });
    const both = (f: Fixture) => (gone(f), article(f));
    expect(await loadChangedFiles(db, withoutShare(newArticleFiles(edit(both))))).toMatchObject({ ok: true });
    const rs = await db.$client.execute("select ordinal from observations where id = 'am-gdp/2025'");
    expect(Number(rs.rows[0]?.ordinal)).toBe(4 * 2 ** 20);
  });

  const BAD_FILES: { name: string; change: (f: Fixture) => void; files: (f: Fixture) => string; message: string }[] = [
    {
      name: "a new file repeating an id an unchanged file defines",
      change: (f) => f.observations.push({ ...observation(f, "ru-share/2025"), id: "ru-am-growth/2022" }),
      files: (f) => writeSplit(f, { ...SPLIT, "d-share.yaml": ["ru-share/2025"], "e-new.yaml": ["ru-am-growth/2022"] }),
      message: "id: duplicate; first defined in data/observations/b-growth.yaml",
    },
    {
      name: "a removed file whose figure another file's formula reads",
      change: () => undefined,
      files: (f) => {
        const data = writeSplit(f);
        rmSync(join(data, "observations/b-growth.yaml"));
        return data;
      },
      message: "c-derived.yaml: ru-am-trade/2022: derived.formula",
    },
    {
      name: "a series removed while an unchanged file has its figures",
      change: (f) => (f.series = f.series.filter((s) => s.slug !== "ru-share")),
      files: (f) => writeSplit(f),
      message: "d-share.yaml: ru-share/2025: series: unknown series 'ru-share'",
    },
    {
      name: "a series' unit changed so that an unchanged file's figures fall outside it",
      change: (f) => Object.assign(f.series[0] ?? {}, { unit: "percent" }),
      files: (f) => writeSplit(f),
      message: "a-trade.yaml: ru-am-trade/2021: value: 2500000000 is outside 0–100 for percent",
    },
    {
      name: "a source removed while an unchanged file quotes it",
      change: (f) => (f.sources = f.sources.filter((s) => s.id !== "avdaliani-2023")),
      files: (f) => writeSplit(f),
      message: "b-growth.yaml: ru-am-growth/2022: citations[0].source: unknown source 'avdaliani-2023'",
    },
    {
      name: "a new series file naming an unknown entity",
      change: article,
      files: (f) =>
        writeSplit(
          f,
          { ...SPLIT, "0-new.yaml": ["am-gdp/2025"] },
          {
            "series/0-new.yaml": [{ ...gdpSeries, topic: "trade", entities: [{ entity: "XX", role: "subject" }] }],
          },
        ),
      message: "series/0-new.yaml: am-gdp: entities[0].entity: unknown entity 'XX'",
    },
    {
      name: "a new file whose quote does not state its value",
      change: (f) => (article(f), Object.assign(observation(f, "am-gdp/2025"), { value: 26e9 })),
      files: newArticleFiles,
      message: "0-new.yaml: am-gdp/2025: citations[0].quote: the quote does not state 26000000000",
    },
  ];

  const BAD: { name: string; change: (f: Fixture) => void; message: string }[] = [
    {
      name: "a quote that does not state the corrected value",
      change: (f) => (observation(f, "ru-share/2025").value = 9),
      message: "d-share.yaml: ru-share/2025: citations[0].quote: the quote does not state 9",
    },
    {
      name: "an id that an unchanged file already defines",
      change: (f) => (observation(f, "ru-share/2025").id = "ru-am-growth/2022"),
      message: "id: duplicate; first defined in data/observations/b-growth.yaml",
    },
    {
      // Only c-derived.yaml, which did not change, breaks: its formula no longer gives its value.
      name: "an input corrected under a derived figure of another file",
      change: (f) => {
        observation(f, "ru-am-growth/2022").value = 80;
        observation(f, "ru-am-growth/2022").citations = [
          { source: "avdaliani-2023", quote: "A near-80% growth in bilateral trade was registered in 2022." },
        ];
      },
      message: "c-derived.yaml: ru-am-trade/2022: value: the formula gives",
    },
    {
      name: "an input of another file's formula renamed away",
      change: (f) => (observation(f, "ru-am-growth/2022").id = "ru-am-growth/2022/revised"),
      message: "c-derived.yaml: ru-am-trade/2022: derived.formula",
    },
  ];

  const ALL_BAD = [...BAD.map((b) => ({ ...b, files: (f: Fixture) => writeSplit(f) })), ...BAD_FILES];
  it.each(ALL_BAD)("rejects $name with its message and leaves the database as it was", async (bad) => {
    const { change, files, message } = bad;
    const db = await loaded(validFixture());
    const before = await dump(db);
    const result = await loadChangedFiles(db, files(edit(change)));
    expect(result?.ok).toBe(false);
    if (result?.ok !== false) return;
    expect(result.errors.join("\n")).toContain(message);
    // The full load rejects it with the same messages.
    const full = await loadDataset(db, files(edit(change)), { full: true });
    expect(full.ok ? [] : full.errors).toEqual(result.errors);
    expect(await dump(db)).toBe(before);
  });
});
