// A server reading an embedded replica of a libSQL server (DATABASE_REPLICA, db/replica.ts): it copies
// what the server holds before serving, reads only its local file, picks up a publish at its next check,
// and keeps serving the data it has when the server goes away.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSqld, startSqld, type Sqld } from "./sqld";

const DATA_DIR = join(fileURLToPath(new URL("..", import.meta.url)), "data");
const sqld = findSqld();
if ("reason" in sqld) console.warn(`replica test skipped: ${sqld.reason}`);

describe.skipIf("reason" in sqld)("an embedded replica of a libSQL server", () => {
  let server: Sqld | undefined;
  const replica = join(mkdtempSync(join(tmpdir(), "replica-")), "r.db");
  const lines: string[] = [];

  beforeAll(async () => {
    if (!("bin" in sqld)) return;
    server = await startSqld(sqld.bin);
    Object.assign(process.env, { DATABASE_URL: server.url, DATABASE_REPLICA: replica, DATA_POLL_MS: "100" });
    const { createDb } = await import("@/db/client");
    const { loadDataset } = await import("@/db/load");
    expect(await loadDataset(createDb(server.url), DATA_DIR)).toMatchObject({ ok: true });
    const { firstReplicaSync } = await import("@/db/replica");
    await firstReplicaSync((line) => lines.push(line));
  }, 60_000);

  afterAll(async () => server?.stop());

  const writer = async () => (await import("@/db/client")).createDb(server?.url ?? "");
  const version = async () => {
    const rs = await (await writer()).$client.execute("select value from meta where key = 'data_version'");
    return String(rs.rows[0]?.value);
  };

  it("copies the server before serving, and reads only the local file", async () => {
    expect(lines.join("\n")).toMatch(/is up to date with http:\/\/127\.0\.0\.1:\d+ \(\d+ pages copied/);
    const { getDb } = await import("@/db/client");
    expect(getDb().$client.protocol).toBe("file");
    const { getLiveState } = await import("@/db/live-state");
    expect(await getLiveState()).toMatchObject({ ok: true, version: await version() });
  });

  it("answers the API from the replica, and refuses to write to it", async () => {
    const { handleApi } = await import("@/server/api/handle");
    const res = await handleApi(new Request("http://localhost/api/v1/series/ru-am-trade-turnover"));
    expect(res.status).toBe(200);
    type Cited = { citations: unknown[] };
    const body = (await res.json()) as { observations: (Cited & { inputs: Cited[] })[] };
    expect(body.observations.length).toBeGreaterThan(0);
    // Every figure leads to its sentences: its own, or (derived) its inputs'.
    const cited = (o: Cited & { inputs: Cited[] }) =>
      o.citations.length > 0 || o.inputs.every((i) => i.citations.length > 0);
    expect(body.observations.every(cited)).toBe(true);
    const { getDb } = await import("@/db/client");
    await expect(getDb().$client.execute("delete from meta")).rejects.toThrow(/readonly|read-only/i);
  });

  it("picks up what the server publishes at its next check", async () => {
    await (await writer()).$client.execute("update meta set value = 'v-replica-test' where key = 'data_version'");
    const { refreshLiveState } = await import("@/db/live-state");
    expect(await refreshLiveState()).toMatchObject({ ok: true, version: "v-replica-test" });
  });

  it("keeps serving the data it copied while the server is down", async () => {
    await server?.stop();
    const { refreshLiveState } = await import("@/db/live-state");
    expect(await refreshLiveState()).toMatchObject({ ok: true, version: "v-replica-test" });
    const { handleApi } = await import("@/server/api/handle");
    expect((await handleApi(new Request("http://localhost/api/v1/series/ru-am-trade-turnover"))).status).toBe(200);
  });
});
