// A production server for one benchmark run: the same build `npm start` serves, started with
// `next start` directly so the benchmark knows its process, can read its memory and stops it after.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { resolve } from "node:path";
import { prepare } from "@/scripts/prepare";

export type BenchServer = { origin: string; pid: number; stop: () => Promise<void> };

/**
 * Ports this project's benchmarks may use; anything else may belong to another process on the machine.
 * BENCH_PORTS=38000-38999 moves the range for a machine shared with other checkouts.
 */
const PORT_RANGE = (() => {
  const m = /^(\d+)-(\d+)$/.exec(process.env.BENCH_PORTS ?? "");
  return m ? { min: Number(m[1]), max: Number(m[2]) } : { min: 3500, max: 3599 };
})();

/** BENCH_PORT or the benchmark's default, checked against the range; explicit ports are checked too. */
export function benchPort(fallback: number, what = "BENCH_PORT"): number {
  const port = what === "BENCH_PORT" ? Number(process.env.BENCH_PORT ?? fallback) : fallback;
  if (!Number.isInteger(port) || port < PORT_RANGE.min || port > PORT_RANGE.max) {
    throw new Error(`${what} must be between ${PORT_RANGE.min} and ${PORT_RANGE.max}, got ${port}`);
  }
  return port;
}

async function waitUntilReady(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${origin}/`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // Not listening yet: keep polling until the deadline.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server at ${origin} was not ready within ${timeoutMs} ms`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      child.kill("SIGTERM");
    });
}

/**
 * Serves the current build on 127.0.0.1:port. With `prepare` (the default) the database and build are
 * brought up to date first, as `npm start` does; without it the existing build is served as it is.
 */
export async function startServer(
  port: number,
  opts: { prepare?: boolean; inspectPort?: number; serve?: "next" | "app" } = {},
): Promise<BenchServer> {
  if (opts.prepare !== false) await prepare((line) => console.error(line), true);
  const origin = `http://127.0.0.1:${port}`;
  const nextBin = "node_modules/next/dist/bin/next";
  // The inspector (soak only) lets the benchmark run a full GC before reading memory.
  const inspect = opts.inspectPort ? [`--inspect=127.0.0.1:${benchPort(opts.inspectPort, "inspector port")}`] : [];
  // BENCH_CPU_PROF=dir profiles the server (written when it stops); NODE_OPTIONS cannot carry --cpu-prof.
  const prof = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`]
    : [];
  // BENCH_NODE_FLAGS="--max-semi-space-size=32 --trace-gc" gives the server Node.js or V8 flags, and its
  // standard output (where V8 traces go).
  const flags = (process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
  // serve: "app" runs scripts/serve.ts, npm start's server with its socket guards (issue 14).
  const args =
    opts.serve === "app"
      ? ["--import", "tsx", "scripts/serve.ts"]
      : [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"];
  const child = spawn(process.execPath, [...inspect, ...prof, ...flags, ...args], {
    stdio: ["ignore", flags.length ? "inherit" : "ignore", "inherit"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      SERVE_HOST: "127.0.0.1",
    },
  });
  const stop = stopper(child);
  try {
    await waitUntilReady(origin, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid: listeningPid(port) ?? child.pid ?? -1, stop };
}

/** The inode of the socket listening on 127.0.0.1 or any address at this port, from /proc/net/tcp. */
function listeningInode(port: number): string | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = readFileSync(table, "utf8").trim().split("\n").slice(1);
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      // cols: sl, local_address, rem_address, st, ..., inode at index 9; 0A is LISTEN.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === "0A") return cols[9];
    }
  }
  return undefined;
}

/** The pid of the process that listens on the port: the next-server process, not npm or a shell around it. */
export function listeningPid(port: number): number | undefined {
  const inode = listeningInode(port);
  if (!inode) return undefined;
  const target = `socket:[${inode}]`;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readdirSync(`/proc/${entry}/fd`).some((fd) => readlinkSync(`/proc/${entry}/fd/${fd}`) === target))
        return Number(entry);
    } catch {
      // The process ended or is not ours to read: it cannot be the one we look for.
    }
  }
  return undefined;
}

/** Resident memory of a process in MiB, from /proc/<pid>/status. */
export function residentMiB(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

/** The origin in BENCH_URL, which must be on this machine: benchmarks send traffic nowhere else. */
function loopbackOrigin(url: string): string {
  const parsed = new URL(url);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname)) {
    throw new Error(`BENCH_URL must point at this machine (127.0.0.1), got ${parsed.hostname}`);
  }
  return parsed.origin;
}

/** Runs fn against BENCH_URL if set (a server already running), else against a server started for the run. */
export async function withServer<T>(defaultPort: number, fn: (server: { origin: string }) => Promise<T>): Promise<T> {
  if (process.env.BENCH_URL) return fn({ origin: loopbackOrigin(process.env.BENCH_URL) });
  const server = await startServer(benchPort(defaultPort));
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

/** CPU seconds (user + system, all threads) a process has used, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  // The command name (field 2) may hold spaces, so count fields from after its closing parenthesis.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime: fields 14 and 15 of the line
  return ticks / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ, 100 on Linux for every architecture Node runs on (getconf CLK_TCK). */
const CLOCK_TICKS_PER_SECOND = 100;
