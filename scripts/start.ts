// npm start: load the database if it is missing or older than data/, build the app if it was never
// built or was built against other data or another SITE_URL, then serve it. One command from a fresh clone.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ensureDatabase } from "@/db/ensure";

const STAMP = ".next/data-version";
process.env.NEXT_TELEMETRY_DISABLED = "1";

function run(args: string[]): void {
  const result = spawnSync("npx", ["next", ...args], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Prerendered pages carry SITE_URL in their citations and embed codes, so a new address needs a new build.
const stamp = `${await ensureDatabase(console.log)} ${process.env.SITE_URL ?? ""}`;
const built = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
if (!built || process.env.FORCE_BUILD === "1") {
  console.log("Building the dashboard (pages are prerendered from the database)…");
  run(["build"]);
  writeFileSync(STAMP, stamp);
}
run(["start", "--port", process.env.PORT ?? "3000"]);
