// A replica whose server cannot be reached at its first start (db/replica.ts): no replica file may be
// made by a reader (libSQL could not sync into it later), the server is asked as without a replica, and
// the live state says the database is unreachable rather than serving an empty file.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "replica-first-"));
const replica = join(dir, "r.db");
// A port nothing listens on: bound, then closed.
const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, "127.0.0.1", () => {
    const a = s.address();
    s.close(() => resolve(typeof a === "object" && a ? a.port : 1));
  });
});
Object.assign(process.env, {
  DATABASE_URL: `http://127.0.0.1:${port}`,
  DATABASE_REPLICA: replica,
  DATA_BUDGET_MS: "1000",
});

const { firstReplicaSync, readerUrl } = await import("@/db/replica");
const { getDb } = await import("@/db/client");
const { getLiveState } = await import("@/db/live-state");
const { handleApi } = await import("@/server/api/handle");

describe("a replica before its first copy", () => {
  it("says it could not copy, makes no file, and reads the server as without a replica", async () => {
    const lines: string[] = [];
    await firstReplicaSync((line) => lines.push(line));
    expect(lines.join("\n")).toMatch(
      /^Warning: replica sync failed: .*; no replica yet: pages ask the server until a copy is finished\.$/,
    );
    expect(readerUrl()).toBe(`http://127.0.0.1:${port}`);
    expect(getDb().$client.protocol).toBe("http");
    expect(await getLiveState()).toMatchObject({ ok: false, kind: "unreachable" });
    const res = await handleApi(new Request("http://localhost/api/v1/series"));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).not.toBeNull();
    expect(existsSync(replica)).toBe(false);
  });

  it("does not read a replica file that appears after it looked, before a sync has finished it", () => {
    // What libSQL leaves when a first copy has reached the server but copied nothing yet.
    writeFileSync(`${replica}-client_wal_index`, "");
    writeFileSync(replica, "");
    expect(readerUrl()).toBe(`http://127.0.0.1:${port}`);
    expect(getDb().$client.protocol).toBe("http");
  });
});
