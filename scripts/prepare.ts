// What `npm start` does before serving. A replica that reads a database server (DATABASE_URL http://,
// libsql://, ws://) never writes to it and never reads data/: the publisher loads new versions with
// `npm run publish`, and running replicas pick them up by themselves. With the embedded file (one
// machine, a fresh clone), data/ is loaded when its bytes differ from the loaded version: a hash of the
// files, not a parse, so an unchanged 10^6 dataset starts in seconds. The build depends on code only
// (pages are rendered on first request and cached per data version), and a build never replaces the .next/ of a server that is running.
import "./dotenv-init";
import { spawnSync, type StdioOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { getDb } from "@/db/client";
import { hashDataFiles } from "@/db/dataset-files";
import { DATA_DIR, ensureDatabase } from "@/db/ensure";
import { firstReplicaSync } from "@/db/replica";
import { readLoadedState } from "@/db/queries/loaded-state";
import { getEnv } from "@/lib/site/env";
import { runningServers } from "./running-servers";

const STAMP = ".next/build-stamp";
const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "server",
  "workers",
  "public",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name));
    return;
  }
  hash.update(path).update(readFileSync(path));
}

/** What the build depends on: the code alone. Data and the public address are read at run time. */
function buildStamp(): string {
  const hash = createHash("sha256");
  for (const path of SOURCES) hashTree(hash, path);
  return hash.digest("hex");
}

/**
 * Runs `next` with the given arguments in the foreground; exits the process if it fails. With toStderr
 * its output goes to stderr, so a benchmark's stdout holds only its table.
 */
export function runNext(args: string[], toStderr = false): void {
  const stdio: StdioOptions = toStderr ? ["inherit", 2, 2] : "inherit";
  const result = spawnSync("npx", ["next", ...args], { stdio, env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Exits with a clear message when the port is taken: before any build, not after it. */
export async function ensurePortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = createServer()
      .once("error", () => resolve(false))
      .listen(port, () => server.close(() => resolve(true)));
  });
  if (free) return;
  console.error(`Port ${port} is already in use. Stop what runs there, or start on another port: PORT=3001 npm start`);
  process.exit(1);
}

/** Replicas reading a server only report what it holds; the embedded file is loaded when data/ changed. */
async function prepareDatabase(log: (line: string) => void): Promise<void> {
  const url = getEnv().DATABASE_URL;
  if (url.startsWith("file:")) {
    const state = await readLoadedState(getDb()).catch(() => null);
    if (state?.ok && state.version === hashDataFiles(DATA_DIR)) return;
    await ensureDatabase(log);
    return;
  }
  await firstReplicaSync(log);
  const state = await readLoadedState(getDb()).catch((e: Error) => ({ ok: false as const, message: e.message }));
  if (state.ok) log(`Serving data version ${state.version} from ${url} (read only; publish with npm run publish).`);
  else log(`Warning: ${state.message} Pages answer 503 until it is loaded; replicas notice a load by themselves.`);
}

function prepareBuild(log: (line: string) => void, toStderr: boolean): void {
  const stamp = buildStamp();
  const built = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
  if (built) return;
  const running = runningServers();
  if (running.length > 0) {
    console.error(
      `The code changed since .next/ was built, but a server (pid ${running.join(", ")}) is running from it. ` +
        "Stop it first: a build would replace its files while it serves them.",
    );
    process.exit(1);
  }
  log("Building the dashboard…");
  runNext(["build"], toStderr);
  writeFileSync(STAMP, stamp);
}

/** Loads the embedded database and builds the app when either is out of date. */
export async function prepare(log: (line: string) => void = console.log, toStderr = false): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  await prepareDatabase(log);
  prepareBuild(log, toStderr);
}
