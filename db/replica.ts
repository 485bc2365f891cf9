// An embedded replica of the database server (DATABASE_REPLICA): a local file libSQL keeps in step with
// the server by copying its new pages (sync), which this server reads as it reads an embedded database.
// Over HTTP every query is a round trip to the server (3–4 ms on loopback before any work, 25–58 ms p95
// for a series at 10^6 figures); from the replica it is a read of a local file. The server stays the one
// place data is written: publishes go there, and each replica copies them at its next check (every
// DATA_POLL_MS, db/live-state.ts), so a correction reaches every replica without a rebuild.
//
// libSQL's sync is synchronous: at 10^6 figures a first copy takes ~30 s and a republish's pages can take
// seconds, which on the request thread would stop every request. It runs in a worker thread; the request
// thread's connections (client.ts, embedded-read.ts) read the same file and see each sync's pages once
// it has committed them, as they would another process's writes.
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { getEnv } from "@/lib/site/env";

// The worker's code as text: Next.js bundles server code, and a worker file would have to be kept out
// of the bundle by hand. It needs only libsql, resolved from the project (a serverExternalPackage).
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.libsql);
let db = null;
parentPort.on("message", (id) => {
  try {
    db ??= new Database(workerData.path, { syncUrl: workerData.url, authToken: workerData.authToken ?? "" });
    const done = db.sync();
    parentPort.postMessage({ id, ok: true, frames: done?.frames_synced ?? 0 });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String(error?.message ?? error).split("\\n")[0] });
  }
});`;

type Reply = { id: number; ok: true; frames: number } | { id: number; ok: false; message: string };
type Held = {
  worker: Worker | null;
  pending: Promise<number> | null;
  /** When the sync under way began. */
  since: number;
  next: number;
  /** Whether the replica holds a whole copy: one a previous run left, or one a sync has finished. */
  made: boolean;
  looked: boolean;
  /** The copy before serving, once per process (npm start asks for it in prepare and again in serve). */
  first: Promise<void> | null;
};

const held = ((globalThis as { dashboardReplica?: Held }).dashboardReplica ??= {
  worker: null,
  pending: null,
  since: 0,
  next: 0,
  made: false,
  looked: false,
  first: null,
});

/** A first copy waited for before serving; past it the server starts and readers ask the server meanwhile. */
const FIRST_COPY_WAIT_MS = 120_000;

/** The replica's file, when this server keeps one. */
export function replicaPath(): string | null {
  const replica = getEnv().DATABASE_REPLICA;
  return replica ? resolve(replica) : null;
}

/**
 * What the site reads: the replica's file once a sync has made it, else DATABASE_URL. Only a sync may
 * create the file (libSQL cannot make a replica of a plain SQLite file a reader would leave there), so
 * until the first copy — the server was down at start — readers ask the server, as without a replica.
 */
export function readerUrl(): string {
  const path = replicaPath();
  if (path) lookForReplica(path);
  return path && held.made ? `file:${path}` : getEnv().DATABASE_URL;
}

/**
 * A replica file there before this process synced is one a previous run left, whole as of its last
 * sync. One that appears later is this process's first copy under way (libSQL makes the file when it
 * reaches the server, before any page is copied): readers wait for that sync to finish.
 */
function lookForReplica(path: string): void {
  if (held.looked) return;
  held.looked = true;
  held.made = existsSync(`${path}-client_wal_index`);
}

function worker(path: string): Worker {
  if (held.worker) return held.worker;
  mkdirSync(dirname(path), { recursive: true });
  const env = getEnv();
  const libsql = createRequire(join(process.cwd(), "package.json")).resolve("libsql");
  const made = new Worker(WORKER, {
    eval: true,
    workerData: { path, url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, libsql },
  });
  // A replica's sync must never keep a finished process (a test, a script) alive.
  made.unref();
  made.on("error", (e) => console.error(`replica sync worker failed: ${e.message}`));
  made.on("exit", () => (held.worker = null));
  held.worker = made;
  return made;
}

function runSync(path: string): Promise<number> {
  const w = worker(path);
  const id = ++held.next;
  return new Promise<number>((resolvePromise, reject) => {
    const onReply = (reply: Reply) => {
      if (reply.id !== id) return;
      w.off("message", onReply);
      w.off("exit", onExit);
      if (reply.ok) resolvePromise(reply.frames);
      else reject(new Error(`replica sync failed: ${reply.message}`));
    };
    const onExit = () => reject(new Error("replica sync worker exited"));
    w.on("message", onReply);
    w.once("exit", onExit);
    w.postMessage(id);
  });
}

/**
 * Copies the server's new pages into the replica (one sync at a time: a caller during one shares it).
 * Resolves with the number of pages copied; rejects when the server cannot be reached.
 */
export function syncReplica(): Promise<number> {
  const path = replicaPath();
  if (!path) return Promise.resolve(0);
  if (held.pending) return held.pending;
  lookForReplica(path);
  held.since = Date.now();
  held.pending = runSync(path)
    .then((pages) => ((held.made = true), pages))
    .finally(() => (held.pending = null));
  return held.pending;
}

/** How long the sync under way has run (ms), or null: a check reads the replica as it is rather than wait. */
export const replicaSyncingFor = (): number | null => (held.pending ? Date.now() - held.since : null);

/**
 * The sync before a server takes requests (a first copy at 10^6 figures: 15–30 s), waited for up to two
 * minutes: a server that cannot be reached, or does not answer, leaves the replica as a previous run left
 * it (or none: readers ask the server), said in the log; the sync goes on in its worker. Done once per
 * process: a second caller waits for the first's, not two minutes more.
 */
export function firstReplicaSync(log: (line: string) => void): Promise<void> {
  const path = replicaPath();
  if (!path) return Promise.resolve();
  return (held.first ??= copyBeforeServing(path, log));
}

async function copyBeforeServing(path: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  try {
    const pages = await Promise.race([
      syncReplica(),
      new Promise<never>((_, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no copy within ${FIRST_COPY_WAIT_MS / 1000} s`)),
          FIRST_COPY_WAIT_MS,
        );
        timer.unref();
      }),
    ]);
    log(
      `Replica ${path} is up to date with ${getEnv().DATABASE_URL} (${pages} pages copied in ${Date.now() - started} ms).`,
    );
  } catch (e) {
    const then = !held.made
      ? "no replica yet: pages ask the server until a copy is finished"
      : `serving the replica ${path} as a previous run left it`;
    log(`Warning: ${(e as Error).message}; ${then}.`);
  }
}
