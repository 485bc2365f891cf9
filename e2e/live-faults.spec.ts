// A replica whose database fails: killed and restarted, too slow, a damaged file, a missing or older
// schema, a read-only data directory. Pages and chart files already cached are served stale (marked by
// headers); others answer 503 with Retry-After and one line naming the fix, never a 500; the replica
// recovers by itself; and nothing in the database changes.
import { expect, test } from "@playwright/test";
import { createClient } from "@libsql/client";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ROOT,
  answers,
  loadGenerator,
  port,
  runLoad,
  slowRelay,
  startReplica,
  startSqld,
  stop,
  waitUntil,
  type Proc,
} from "./replicas";

test.describe.configure({ mode: "serial" });

const SQLD = port(14);
const REPLICA = port(15);
const RELAY = port(16);
const SITE = `http://127.0.0.1:${REPLICA}`;
const PAGE = `${SITE}/series/ru-am-trade-turnover`;
const WARM_CHART = `${SITE}/charts/series-ru-am-trade-turnover.svg`;
// Never asked for before the outage: not cached anywhere.
const COLD_PAGE = `${SITE}/series/ru-ir-trade-turnover`;

let sqld: Proc | undefined;
let replica: Proc | undefined;
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** Everything a reader could see of the data, as one hash: to show a fault changed nothing. */
async function contents(databaseUrl: string): Promise<string> {
  const client = createClient({ url: databaseUrl });
  const hash = createHash("sha256");
  for (const table of ["meta", "observations", "citations", "publishes", "figure_changes"])
    hash.update(JSON.stringify((await client.execute(`select * from ${table} order by 1`)).rows));
  client.close();
  return hash.digest("hex");
}

async function serveFrom(databaseUrl: string): Promise<void> {
  await stop(replica);
  replica = startReplica(REPLICA, databaseUrl, 500);
  await waitUntil("replica listens", answers(`${SITE}/robots.txt`), 180_000, replica);
}

async function expectUnavailable(url: string, message: RegExp): Promise<void> {
  const res = await fetch(url);
  const body = await res.text();
  expect(res.status, `${url}: ${body}`).toBe(503);
  expect(res.headers.get("retry-after"), url).toMatch(/^\d+$/);
  expect(body.trim().split("\n"), url).toHaveLength(1);
  expect(body, url).toMatch(message);
}

/** The data API answers an outage as it answers every error: RFC 9457 problem+json, 503, Retry-After. */
async function expectApiUnavailable(url: string, detail = /unavailable|unreachable|retry/i): Promise<void> {
  const res = await fetch(url);
  const body = await res.text();
  expect(res.status, `${url}: ${body}`).toBe(503);
  expect(res.headers.get("content-type"), url).toMatch(/^application\/problem\+json/);
  expect(res.headers.get("retry-after"), url).toMatch(/^\d+$/);
  expect(res.headers.get("access-control-allow-origin"), url).toBe("*");
  const problem = JSON.parse(body) as Record<string, unknown>;
  expect(problem, url).toMatchObject({ status: 503, title: "Service unavailable", type: "about:blank" });
  expect(String(problem.detail), url).toMatch(detail);
}

const API_URLS = [
  `${SITE}/api/v1/series/ru-am-trade-turnover`,
  `${SITE}/api/v1/observations?series=ru-am-trade-turnover`,
  `${SITE}/api/v1/search?q=Gyumri`,
  `${SITE}/api/v1/datapackage.json`,
];

test.afterAll(async () => {
  await Promise.all([stop(replica), stop(sqld)]);
  for (const dir of dirs) {
    spawnSync("chmod", ["-R", "u+w", dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

test("sqld killed during traffic: cached pages and charts stale, 503 elsewhere, recovery, nothing changed", async () => {
  test.setTimeout(300_000);
  const dbDir = tempDir("fault-sqld-");
  const url = `http://127.0.0.1:${SQLD}`;
  sqld = startSqld(dbDir, SQLD);
  await waitUntil("sqld answers", answers(`${url}/health`), 20_000, sqld);
  expect(runLoad(url).status).toBe(0);
  const before = await contents(url);
  await serveFrom(url);
  await waitUntil("page served", answers(PAGE), 20_000, replica);
  expect((await fetch(WARM_CHART)).status).toBe(200);
  const traffic = loadGenerator([PAGE, WARM_CHART, `${SITE}/changes.xml`], 3);
  await stop(sqld, "SIGKILL");
  await new Promise((r) => setTimeout(r, 1500));
  for (const warm of [PAGE, WARM_CHART]) {
    const stale = await fetch(warm);
    expect(stale.status, warm).toBe(200);
    expect(stale.headers.get("x-data-stale"), warm).toBe("1");
    expect(await stale.text(), warm).toContain("$12.4");
  }
  await expectUnavailable(COLD_PAGE, /^Service unavailable: The database is unreachable/);
  await expectUnavailable(`${SITE}/charts/series-ru-am-trade-turnover.png?width=333`, /unreachable/);
  await expectUnavailable(`${SITE}/changes.xml`, /unreachable/);
  for (const api of API_URLS) await expectApiUnavailable(api);
  sqld = startSqld(dbDir, SQLD);
  const recovered = await waitUntil("the replica recovers by itself", answers(COLD_PAGE), 30_000, replica);
  await traffic.stop();
  console.log(
    `recovered ${recovered} ms after sqld was restarted; ${traffic.samples.length} requests during the outage`,
  );
  expect(traffic.errors).toEqual([]);
  expect(
    traffic.samples.filter((s) => s.status !== 200 && s.status !== 503).map((s) => `${s.url} ${s.status}`),
  ).toEqual([]);
  await waitUntil(
    "answers are fresh again",
    async () => (await fetch(PAGE)).headers.get("x-data-stale") === null,
    10_000,
  );
  expect((await fetch(WARM_CHART)).headers.get("x-data-stale")).toBeNull();
  expect(await contents(url)).toBe(before);
});

test("a database slower than the request budget: 503 within the budget, not a hang", async () => {
  test.setTimeout(300_000);
  const relay = await slowRelay(RELAY, SQLD, 7000);
  try {
    const url = `http://127.0.0.1:${SQLD}`;
    const before = await contents(url);
    await serveFrom(`http://127.0.0.1:${RELAY}`);
    // Each answer waits for at most one version check (the 5 s budget) and fails fast after it; a hang
    // would be forever. Durations are logged for docs/benchmarks.md, not asserted tightly (the brief: no
    // timed assertions; a loaded CI machine took 16 s): the bound only tells a 503 from a hang.
    for (const url of [PAGE, `${SITE}/charts/series-ru-am-trade-turnover.csv`]) {
      const start = Date.now();
      await expectUnavailable(url, /unreachable/);
      const ms = Date.now() - start;
      console.log(`${url.slice(SITE.length)}: 503 after ${ms} ms behind a 7 s relay`);
      expect(ms).toBeLessThan(60_000);
    }
    for (const api of API_URLS) {
      const start = Date.now();
      await expectApiUnavailable(api);
      console.log(`${api.slice(SITE.length)}: problem+json 503 after ${Date.now() - start} ms behind a 7 s relay`);
    }
    expect(await contents(url)).toBe(before);
  } finally {
    await stop(replica);
    replica = undefined;
    await new Promise<void>((resolve) => relay.close(() => resolve()));
  }
});

test("a damaged embedded database file: 503 naming the fix, and the file is left as it was", async () => {
  test.setTimeout(300_000);
  const file = join(tempDir("fault-corrupt-"), "dashboard.db");
  writeFileSync(file, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(8192, 0x5a)]));
  const before = readFileSync(file);
  await serveFrom(`file:${file}`);
  await expectUnavailable(PAGE, /damaged.*npm run db:load/);
  await expectUnavailable(WARM_CHART, /damaged/);
  expect(readFileSync(file).equals(before)).toBe(true);
});

test("no tables, or an older schema: 503 naming npm run db:load, nothing written", async () => {
  test.setTimeout(300_000);
  const dir = tempDir("fault-schema-");
  const empty = join(dir, "empty.db");
  writeFileSync(empty, "");
  await serveFrom(`file:${empty}`);
  await expectUnavailable(PAGE, /holds no data yet: run `npm run db:load`/);
  // The API says the same, as problem+json.
  for (const api of API_URLS) await expectApiUnavailable(api, /holds no data yet: run `npm run db:load`/);
  expect(readFileSync(empty).length).toBe(0);
  const old = join(dir, "old.db");
  expect(runLoad(`file:${old}`).status).toBe(0);
  const client = createClient({ url: `file:${old}` });
  await client.execute("drop table figure_changes");
  await client.execute("drop table publishes");
  await client.execute("delete from __drizzle_migrations where id = (select max(id) from __drizzle_migrations)");
  client.close();
  const before = readFileSync(old);
  await serveFrom(`file:${old}`);
  await expectUnavailable(PAGE, /older schema than this code: run `npm run db:load`/);
  expect(readFileSync(old).equals(before)).toBe(true);
});

test("a read-only data directory: pages are served from it, and a load into it fails changing nothing", async () => {
  test.setTimeout(300_000);
  const dir = tempDir("fault-readonly-");
  const file = join(dir, "dashboard.db");
  copyFileSync(join(ROOT, ".data/dashboard.db"), file);
  chmodSync(file, 0o444);
  chmodSync(dir, 0o555);
  const before = readFileSync(file);
  await serveFrom(`file:${file}`);
  await waitUntil("page served from a read-only directory", answers(PAGE), 20_000, replica);
  expect(await (await fetch(PAGE)).text()).toContain("$12.4 billion");
  expect((await fetch(WARM_CHART)).status).toBe(200);
  // Root writes through file modes (CI runs as root): the refusal can only be checked as another user.
  if (process.getuid?.() !== 0) {
    const result = runLoad(`file:${file}`);
    expect(result.status).not.toBe(0);
    expect(result.out).toMatch(/readonly|read-only|permission/i);
  }
  expect(readFileSync(file).equals(before)).toBe(true);
});
