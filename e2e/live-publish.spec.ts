// Publishing without a rebuild: a real libSQL server and two replicas of the e2e build (as npm start serves):
// one reads the server over HTTP, the other keeps an embedded replica of it (DATABASE_REPLICA) and reads
// that. A corrected figure is published while a load generator reads pages and chart files from both; both
// replicas must serve it everywhere it appears within the bound (their version check runs every second
// here), no request may fail, and no answer may mix the old figure with the new one.
import { expect, test } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ROOT,
  answers,
  correctedData,
  loadGenerator,
  port,
  runLoad,
  startReplica,
  startSqld,
  stop,
  waitUntil,
  type Proc,
} from "./replicas";

test.describe.configure({ mode: "serial" });

const SQLD = port(11);
const DB_URL = `http://127.0.0.1:${SQLD}`;
const REPLICAS = [port(12), port(13)];
const PATHS = [
  "/series/ru-am-trade-turnover",
  "/stories/russia-armenia-trade",
  "/embed/series-ru-am-trade-turnover",
  "/charts/series-ru-am-trade-turnover.svg",
  "/charts/series-ru-am-trade-turnover.csv",
  "/charts/series-ru-am-trade-turnover.json",
];
const URLS = REPLICAS.flatMap((p) => PATHS.map((path) => `http://127.0.0.1:${p}${path}`));

// The figure as each kind of answer writes it: in quotes ($12.4 billion), in data (12400000000), as an SVG
// label ($12.4B; pages write that too, in the history line "was $12.4B", so it marks SVG files only).
const OLD = ["$12.4 billion", "12400000000"];
const NEW = ["$12.6 billion", "12600000000"];
type Seen = "old" | "new" | "mixed" | "neither";
function seen(url: string, body: string): Seen {
  const svg = url.endsWith(".svg");
  const [oldMarks, newMarks] = svg ? [["$12.4B"], ["$12.6B"]] : [OLD, NEW];
  const [o, n] = [oldMarks.some((m) => body.includes(m)), newMarks.some((m) => body.includes(m))];
  return o && n ? "mixed" : o ? "old" : n ? "new" : "neither";
}

export function publish(dataDir: string): { ms: number; out: string } {
  const run = runLoad(DB_URL, dataDir);
  if (run.status !== 0) throw new Error(`publish failed: ${run.out}`);
  return run;
}

let sqld: Proc | undefined;
let replicas: Proc[] = [];
let dbDir = "";
let replicaDir = "";
let firstVersion = "";

test.beforeAll(async () => {
  // Two servers start at once; on a busy 2-core CI machine that alone can take minutes.
  test.setTimeout(420_000);
  dbDir = mkdtempSync(join(tmpdir(), "live-sqld-"));
  sqld = startSqld(dbDir, SQLD);
  await waitUntil("sqld answers", answers(`${DB_URL}/health`), 20_000, sqld);
  firstVersion = /data version (\w+)/.exec(publish(join(ROOT, "data")).out)?.[1] ?? "";
  replicaDir = mkdtempSync(join(tmpdir(), "live-replica-"));
  const embedded = { DATABASE_REPLICA: join(replicaDir, "replica.db") };
  replicas = REPLICAS.map((p, i) => startReplica(p, DB_URL, 1000, i === 1 ? embedded : {}));
  for (const [i, p] of REPLICAS.entries())
    await waitUntil(`replica ${p}`, answers(`http://127.0.0.1:${p}/series/ru-am-trade-turnover`), 180_000, replicas[i]);
});

test.afterAll(async () => {
  await Promise.all([...replicas.map((r) => stop(r)), stop(sqld)]);
  for (const dir of [dbDir, replicaDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test("a corrected figure reaches both replicas within seconds, with no failed or mixed answer", async () => {
  test.setTimeout(180_000);
  for (const url of URLS) expect(seen(url, await (await fetch(url)).text()), url).toBe("old");
  const load = loadGenerator(URLS, 4);
  await new Promise((r) => setTimeout(r, 2000));
  const published = publish(correctedData());
  const committed = Date.now();
  const everywhere = await waitUntil(
    "every page and file of both replicas shows the corrected figure",
    async () =>
      (await Promise.all(URLS.map(async (u) => seen(u, await (await fetch(u)).text())))).every((s) => s === "new"),
    15_000,
  );
  await new Promise((r) => setTimeout(r, 1000));
  await load.stop();
  const window = load.samples.filter((s) => s.at >= committed - published.ms);
  console.log(
    `publish took ${published.ms} ms; both replicas served the correction ${everywhere} ms after it finished; ` +
      `${load.samples.length} requests, ${(window.length / ((Date.now() - committed + published.ms) / 1000)).toFixed(1)} req/s during the publish`,
  );
  expect(load.errors).toEqual([]);
  expect(load.samples.filter((s) => s.status !== 200).map((s) => `${s.url} ${s.status}`)).toEqual([]);
  const kinds = load.samples.map((s) => seen(s.url, s.body));
  expect(kinds.filter((k) => k === "mixed" || k === "neither")).toEqual([]);
  expect(kinds).toContain("new");
  expect(load.samples.filter((s) => s.at > committed + everywhere + 1000 && seen(s.url, s.body) === "old")).toEqual([]);
});

test("the correction is on the figure's page, in /changes, in the feed and on an old embed code", async () => {
  const [a, b] = REPLICAS.map((p) => `http://127.0.0.1:${p}`);
  const page = await (await fetch(`${a}/series/ru-am-trade-turnover`)).text();
  expect(page).toMatch(/corrected on \d{4}-\d{2}-\d{2}: was \$12\.4B, now \$12\.6B/);
  expect(page).toContain("Data version");
  const changes = await (await fetch(`${b}/changes`)).text();
  expect(changes).toContain("2 corrected");
  const feed = await fetch(`${b}/changes.xml`);
  expect(feed.headers.get("content-type")).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain(`<link href="${b}/series/ru-am-trade-turnover#change-`);
  expect(xml).toContain("was $12.4B, now $12.6B");
  expect(xml).toContain("$12.6 billion");
  const oldEmbed = await (await fetch(`${a}/embed/series-ru-am-trade-turnover?v=${firstVersion}`)).text();
  expect(oldEmbed).toContain("data-embed-changed");
  expect(oldEmbed).toContain("changed since this chart was embedded");
  const plain = await (await fetch(`${a}/embed/series-ru-am-trade-turnover`)).text();
  expect(plain).not.toContain("data-embed-changed");
  const sitemap = await (await fetch(`${a}/sitemap.xml`)).text();
  expect(sitemap).toContain(`<loc>${a}/series/ru-am-trade-turnover</loc>`);
  expect(sitemap).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
});
