// Ids chosen once for a read's statements (json-rows.ts's Chosen): the embedded reader and the client
// (which statements with arguments the embedded reader does not bind go through) give the same rows.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "chosen-")), "c.db")}`;

const { createWriterDb } = await import("@/db/client");
const { folded, plainShape, selectAllFolded } = await import("@/db/queries/json-rows");

beforeAll(async () => {
  await createWriterDb().$client.batch(
    ["create table t (id text primary key, v integer)", "insert into t values ('a', 1), ('b', 2), ('c', 3), ('d', 4)"],
    "write",
  );
});

const row = plainShape("r", { id: "t.id", v: "t.v" });
const read = (nothing: null | number) =>
  selectAllFolded(
    [
      folded([row], "from t where t.id in (select id from chosen) order by t.id desc", []),
      // A null argument is not bound by the embedded reader: the read goes through the client.
      folded([row], "from t where t.id not in (select id from chosen) and coalesce(?, 0) = 0 order by t.id", [nothing]),
    ],
    { sql: "select id from t where v >= ? order by id limit ?", args: [2, 2] },
  );

describe("ids chosen once for several statements", () => {
  it("gives each statement the ids chosen, through kept statements and through the client alike", async () => {
    const expected = [
      [[{ id: "c", v: 3 }], [{ id: "b", v: 2 }]],
      [[{ id: "a", v: 1 }], [{ id: "d", v: 4 }]],
    ];
    expect(await read(0)).toEqual(expected);
    expect(await read(null)).toEqual(expected);
  });
});
