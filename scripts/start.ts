// npm start: load the database if it is missing or older than data/, build the app if it was never
// built or was built against other data, then serve it. One command from a fresh clone.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ensureDatabase } from "@/db/ensure";

const STAMP = ".next/data-version";
process.env.NEXT_TELEMETRY_DISABLED = "1";

function run(args: string[]): void {
  const result = spawnSync("npx", ["next", ...args], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const version = await ensureDatabase(console.log);
const built = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === version;
if (!built || process.env.FORCE_BUILD === "1") {
  console.log("Building the dashboard (pages are prerendered from the database)…");
  run(["build"]);
  writeFileSync(STAMP, version);
}
run(["start", "--port", process.env.PORT ?? "3000"]);
