// Folded reads from a libSQL server over Hrana without @libsql/client (db/server-read.ts), against a real
// sqld: the same values as the client's read batch, the server's stream kept for the next read and
// replaced when the server has ended it, a refused statement and a silent server as errors (the API's 503).
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "@libsql/client";
import { findSqld, startSqld, type Sqld } from "./sqld";

// Room for a burst of 100 reads while the rest of the suite runs beside it; the silent server waits it out.
process.env.DATA_BUDGET_MS = "3000";
delete (globalThis as Record<string, unknown>).dashboardEnv;
const { createDb } = await import("@/db/client");
const { pipelineBase, readServerFirstValues } = await import("@/db/server-read");

type Held = {
  dashboardServerRead?: { idle: { of: string; baton: string }[]; owned: number };
  dashboardDbHealth?: unknown;
};
const held = globalThis as Held;

describe("which addresses the reader serves", () => {
  it("reads http(s) and libsql addresses, and leaves addresses with options to the client", () => {
    expect(pipelineBase("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080/");
    expect(pipelineBase("https://db.example.org/ns/")).toBe("https://db.example.org/ns/");
    expect(pipelineBase("libsql://db.example.org")).toBe("https://db.example.org/");
    expect(pipelineBase("libsql://db.example.org?tls=0")).toBeNull();
    expect(pipelineBase("ws://127.0.0.1:8080")).toBeNull();
  });
});

const sqld = findSqld();
if ("reason" in sqld) console.warn(`server read test skipped: ${sqld.reason}`);

describe.skipIf("reason" in sqld)("reading a libSQL server without the client", () => {
  let server: Sqld | undefined;
  let client: Client;
  let base: string;
  const STMTS = [
    { sql: "select json_group_array(json_array(id, name, x)) from t where id > ?", args: [1] },
    { sql: "select name from t where name = ?", args: ["ünïcode ‘quoted’"] },
    { sql: "select count(*) from t where x > ?", args: [1.25] },
    { sql: "select name from t where id = ?", args: [999] },
  ];

  beforeAll(async () => {
    if (!("bin" in sqld)) return;
    server = await startSqld(sqld.bin);
    client = createDb(server.url).$client;
    await client.batch([
      "create table t (id integer primary key, name text, x real)",
      "insert into t values (1, 'a', 0.1), (2, 'ünïcode ‘quoted’', 1.5), (3, null, 2.75)",
    ]);
    base = pipelineBase(server.url) ?? "";
  }, 30_000);

  afterAll(async () => {
    client?.close();
    await server?.stop();
  });

  it("reads the first value of each statement as the client's read batch does", async () => {
    const expected = (await client.batch(STMTS, "read")).map((r) => r.rows[0]?.[0] ?? null);
    expect(await readServerFirstValues(base, STMTS)).toEqual(
      expected.map((v) => (typeof v === "bigint" ? Number(v) : v)),
    );
    expect(expected[3]).toBeNull();
  });

  it("gives statements naming chosen(id) the ids chosen once, in their order, as the embedded reader does", async () => {
    const chosen = { sql: "select id from t where id >= ? order by id desc limit ?", args: [2, 5] };
    const stmts = [
      { sql: "select json_group_array(id) from (select id from chosen)", args: [] },
      {
        sql: "select group_concat(coalesce(name, '-'), '|') from t where id in (select id from chosen) and x > ?",
        args: [2],
      },
      STMTS[2]!,
    ];
    const [all, named, count] = await readServerFirstValues(base, stmts, chosen);
    expect(JSON.parse(String(all))).toEqual([3, 2]);
    expect([named, count]).toEqual(["-", 2]);
    // Another choice, other ids: the choice is made on each read.
    expect(await readServerFirstValues(base, stmts.slice(0, 1), { ...chosen, args: [1, 1] })).toEqual(["[3]"]);
  });

  it("keeps the server's stream for the next read, and reads on a new one when it has been ended", async () => {
    const idle = () => held.dashboardServerRead?.idle ?? [];
    await readServerFirstValues(base, STMTS);
    expect(idle()).toHaveLength(1);
    const first = idle()[0]!;
    // Two reads at once: the second opens a stream of its own (a stream answers one request at a time).
    await Promise.all([readServerFirstValues(base, STMTS), readServerFirstValues(base, STMTS)]);
    expect(idle()).toHaveLength(2);
    expect(idle().map((s) => s.baton)).not.toContain(first.baton);
    // A stream the server no longer knows (it expired, or the server restarted).
    held.dashboardServerRead!.idle = [{ ...first, baton: "no-such-stream" }];
    held.dashboardServerRead!.owned = 1;
    expect((await readServerFirstValues(base, STMTS))[1]).toBe("ünïcode ‘quoted’");
  });

  it("sends a number no integer holds as a float, and reads an integer as a number", async () => {
    // 1e300 would go as the integer "1e+300", which the server refuses (a crafted cursor could send it).
    expect(await readServerFirstValues(base, [{ sql: "select ? > 0", args: [1e300] }])).toEqual([1]);
    expect(await readServerFirstValues(base, [{ sql: "select ?", args: [2 ** 53] }])).toEqual([2 ** 53]);
    await expect(readServerFirstValues(base, [{ sql: "select 9223372036854775807", args: [] }])).rejects.toThrow(
      RangeError,
    );
  });

  it("keeps at most 8 streams through bursts of reads, closing the others, so the server keeps connections", async () => {
    // sqld holds 128 connections: streams left open to expire used them up by the second burst of 100.
    for (let burst = 0; burst < 3; burst++) {
      const reads = Array.from({ length: 100 }, () => readServerFirstValues(base, STMTS.slice(2, 3)));
      expect(await Promise.all(reads)).toEqual(Array.from({ length: 100 }, () => [2]));
      expect(held.dashboardServerRead?.owned).toBeLessThanOrEqual(8);
      expect(held.dashboardServerRead?.owned).toBe(held.dashboardServerRead?.idle.length);
    }
  });

  it("rejects a statement the server refuses with its reason, and the next read works", async () => {
    await expect(readServerFirstValues(base, [{ sql: "select * from no_such_table", args: [] }])).rejects.toThrow(
      /no_such_table/,
    );
    expect(await readServerFirstValues(base, STMTS.slice(2, 3))).toEqual([2]);
  });

  it("gives up on a server that does not answer within the budget, then fails at once", async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const address = silent.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const started = Date.now();
      await expect(readServerFirstValues(`http://127.0.0.1:${port}`, STMTS)).rejects.toThrow(/within 3000 ms/);
      expect(Date.now() - started).toBeLessThan(6000);
      // The circuit is open: the real server is not even asked until a success closes it.
      await expect(readServerFirstValues(base, STMTS)).rejects.toThrow(/failed just now/);
    } finally {
      silent.close();
      delete held.dashboardDbHealth;
    }
  }, 15_000);
});
