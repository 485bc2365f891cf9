// The republish reads unchanged sources, entities and series files from a cache of their parsed content
// (db/small-file-cache.ts): it must hold exactly what parsing gives, and nothing JSON cannot give back.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { parseYaml } from "@/db/dataset-files";
import { rulesFingerprint } from "@/db/file-record";
import { loadDataset } from "@/db/load";
import { readSmallCache, smallCacheStatement, SMALL_KEY } from "@/db/small-file-cache";
import { validFixture, writeDataset } from "./dataset-fixture";

describe("the small files' cache", () => {
  it("holds what parsing each sources, entities and series file gives, for this code only", async () => {
    const data = writeDataset(validFixture());
    const db = createDb(`file:${join(data, "..", "c.db")}`);
    expect(await loadDataset(db, data)).toMatchObject({ ok: true });
    const cached = await readSmallCache(db, rulesFingerprint());
    expect(Object.keys(cached).sort()).toEqual(["data/entities.yaml", "data/series/series.yaml", "data/sources.yaml"]);
    for (const [path, { content }] of Object.entries(cached))
      expect(content).toEqual(parseYaml(readFileSync(join(data, "..", path), "utf8")));
    expect(await readSmallCache(db, "other code")).toEqual({});
    const rs = await db.$client.execute({ sql: "select count(*) as n from meta where key = ?", args: [SMALL_KEY] });
    expect(rs.rows[0]?.n).toBe(1);
  });

  it("leaves out a file whose parsed content JSON would not give back (.inf, a date object)", () => {
    const dir = writeDataset(validFixture());
    const file = join(dir, "sources.yaml");
    writeFileSync(file, "- { id: a, n: .inf }\n");
    const infinite = {
      path: "data/sources.yaml",
      kind: "sources" as const,
      content: parseYaml(readFileSync(file, "utf8")),
    };
    const dated = { path: "data/entities.yaml", kind: "entities" as const, content: [{ id: "x", when: new Date(0) }] };
    const plain = { path: "data/series/a.yaml", kind: "series" as const, content: [{ slug: "s", n: 1 }] };
    const statement = smallCacheStatement([infinite, dated, plain], () => "h", "rules");
    const files = (JSON.parse(String(statement.args[1])) as { files: Record<string, unknown> }).files;
    expect(Object.keys(files)).toEqual(["data/series/a.yaml"]);
  });
});
