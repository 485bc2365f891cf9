// npm start: load the database if it is missing or older than data/, build the app if it was never
// built or was built from other code or data, then serve it. One command from a fresh clone.
import "./dotenv-init";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureDatabase } from "@/db/ensure";
import { getEnv } from "@/lib/env";

const STAMP = ".next/build-stamp";
const SOURCES = ["app", "components", "lib", "db", "public", "next.config.ts", "package-lock.json", "postcss.config.mjs"];
process.env.NEXT_TELEMETRY_DISABLED = "1";

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

function run(args: string[]): void {
  const result = spawnSync("npx", ["next", ...args], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const stamp = buildStamp(await ensureDatabase(console.log));
const built = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
if (!built) {
  console.log("Building the dashboard (pages are prerendered from the database)…");
  run(["build"]);
  writeFileSync(STAMP, stamp);
}
run(["start", "--port", process.env.PORT ?? "3000"]);
