// What `npm start` does before serving: load the database if it is missing or older than data/, and
// build the app if it was never built or was built from other code or data. Shared with the
// benchmarks, which serve the same build but start the server themselves.
import "./dotenv-init";
import { spawnSync, type StdioOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureDatabase } from "@/db/ensure";
import { getEnv } from "@/lib/site/env";

const STAMP = ".next/build-stamp";
const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "public",
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

/** What the build depends on: the code, the loaded data and the site's address (pages are prerendered). */
function buildStamp(dataVersion: string): string {
  const hash = createHash("sha256").update(dataVersion).update(getEnv().SITE_URL).update(getEnv().DATABASE_URL);
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

/** Loads the database and builds the app when either is out of date. */
export async function prepare(log: (line: string) => void = console.log, toStderr = false): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const stamp = buildStamp(await ensureDatabase(log));
  const built = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
  if (built) return;
  log("Building the dashboard (pages are prerendered from the database)…");
  runNext(["build"], toStderr);
  writeFileSync(STAMP, stamp);
}
