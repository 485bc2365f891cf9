// Folded reads of an embedded file go through kept prepared statements (db/embedded-read.ts): they must
// refuse writes as the site's client does, and see each publish at the next read.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const path = join(mkdtempSync(join(tmpdir(), "embedded-read-")), "e.db");
process.env.DATABASE_URL = `file:${path}`;

const { createWriterDb } = await import("@/db/client");
const { readFirstValues } = await import("@/db/embedded-read");

const writer = createWriterDb();
await writer.$client.batch(["create table t (k text primary key, v text)", "insert into t values ('a', '1')"], "write");
const VALUE = { sql: "select v from t where k = ?", args: ["a"] };

describe("embedded folded reads", () => {
  it("reads the first value of each statement, null for no row", () => {
    expect(readFirstValues(path, [VALUE, { sql: "select v from t where k = ?", args: ["zz"] }])).toEqual(["1", null]);
  });

  it("gives statements naming chosen(id) the ids chosen once, in their order", () => {
    const chosen = { sql: "select k from t where k >= ? order by k desc limit ?", args: ["a", 5] };
    const ids = { sql: "select json_group_array(id) from chosen", args: [] };
    expect(readFirstValues(path, [ids, VALUE], chosen)).toEqual(['["a"]', readFirstValues(path, [VALUE])[0]]);
    expect(readFirstValues(path, [ids], { ...chosen, args: ["b", 5] })).toEqual(["[]"]);
  });

  it("sees a write committed by another connection at the next read, through the same kept statement", async () => {
    expect(readFirstValues(path, [VALUE])).toEqual(["1"]);
    await writer.$client.execute("update t set v = '2' where k = 'a'");
    expect(readFirstValues(path, [VALUE])).toEqual(["2"]);
  });

  it("refuses writes, leaves no transaction open and the data unchanged", async () => {
    expect(() => readFirstValues(path, [VALUE, { sql: "delete from t", args: [] }])).toThrow(/readonly|read-only/i);
    expect(() => readFirstValues(path, [{ sql: "create table u (x)", args: [] }])).toThrow(/readonly|read-only/i);
    const rs = await writer.$client.execute("select count(*) as n from t");
    expect(Number(rs.rows[0]?.n)).toBe(1);
    // A transaction left open would hold the old snapshot: the next publish would not be seen.
    await writer.$client.execute("update t set v = '3' where k = 'a'");
    expect(readFirstValues(path, [VALUE])).toEqual(["3"]);
  });
});
