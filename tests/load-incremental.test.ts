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
import { validFixture, writeDataset, type Fixture } from "./dataset-fixture";

// The fixture's figures in four files: the derived trade figure reads figures of two other files.
const SPLIT: Record<string, string[]> = {
  "a-trade.yaml": ["ru-am-trade/2021", "ru-am-trade/2024"],
  "b-growth.yaml": ["ru-am-growth/2022"],
  "c-derived.yaml": ["ru-am-trade/2022"],
  "d-share.yaml": ["ru-share/2025"],
};

/** Writes the fixture with its observations split into SPLIT's files (extra ones go to d-share.yaml). */
function writeSplit(f: Fixture): string {
  const data = writeDataset(f);
  rmSync(join(data, "observations/observations.yaml"));
  const placed = new Set(Object.values(SPLIT).flat());
  for (const [name, ids] of Object.entries(SPLIT)) {
    const records = f.observations.filter((o) =>
      name === "d-share.yaml"
        ? ids.includes(o.id as string) || !placed.has(o.id as string)
        : ids.includes(o.id as string),
    );
    writeFileSync(join(data, "observations", name), stringify(records));
  }
  return data;
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

  it("falls back to a full load when a file's number of figures changes, with the same result", async () => {
    const add = (f: Fixture) =>
      f.observations.push({
        id: "ru-share/2024",
        series: "ru-share",
        period: "2024",
        value: 30,
        bound: "approx",
        citations: [{ source: "poghosyan-2025", quote: "In 2024 the share was about 30%" }],
      });
    const [quick, full] = await Promise.all([loaded(validFixture()), loaded(validFixture())]);
    const added = writeSplit(edit(add));
    expect(await loadChangedFiles(quick, added)).toBeNull();
    expect(await loadDataset(quick, added)).toMatchObject({ ok: true });
    expect(await loadDataset(full, added, { full: true })).toMatchObject({ ok: true });
    expect(await dump(quick)).toBe(await dump(full));
  });

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

  it.each(BAD)("rejects $name with its message and leaves the database as it was", async ({ change, message }) => {
    const db = await loaded(validFixture());
    const before = await dump(db);
    const result = await loadChangedFiles(db, writeSplit(edit(change)));
    expect(result?.ok).toBe(false);
    if (result?.ok !== false) return;
    expect(result.errors.join("\n")).toContain(message);
    // The full load rejects it with the same messages.
    const full = await loadDataset(db, writeSplit(edit(change)), { full: true });
    expect(full.ok ? [] : full.errors).toEqual(result.errors);
    expect(await dump(db)).toBe(before);
  });
});
