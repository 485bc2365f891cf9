// Which `npm start` servers run from this checkout's .next/: each writes .next/running/<pid> while it
// lives, so a build can refuse to replace the files under a server that is using them.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DIR = ".next/running";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Pids of live servers; files of servers that died without cleaning up are removed. */
export function runningServers(): number[] {
  if (!existsSync(DIR)) return [];
  const pids: number[] = [];
  for (const name of readdirSync(DIR)) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) pids.push(pid);
    else rmSync(join(DIR, name), { force: true });
  }
  return pids;
}

/** Marks this process as serving from .next/ until it exits. */
export function markRunning(): void {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, String(process.pid));
  writeFileSync(file, "");
  // serve.ts exits through process.exit on SIGTERM / SIGINT, which runs this.
  process.on("exit", () => rmSync(file, { force: true }));
}
