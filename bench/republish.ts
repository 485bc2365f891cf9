// Republishing at scale: a synthetic dataset of BENCH_SIZE observations (default 10^6, the generator of
// bench/scale.ts) is loaded into a temporary database, then one figure is corrected and the whole dataset
// is published again, as `npm run publish` does: every file read and validated, one transaction, the
// corrections record compared in SQL; then the other kinds of change (bench/republish-changes.ts), one
// publish each, in sequence. Each load runs in its own child with LOAD_TIMINGS=1, so its phases
// and its peak RSS are its own.
// npm run bench:republish   (BENCH_SIZE=100000 for a quicker run)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHANGES } from "./republish-changes";
import { writeDataset } from "./scale";

type Run = { seconds: number; peakRssMb: number; phases: string[]; out: string };

function loadChild(dataDir: string, dbFile: string): Run {
  const start = performance.now();
  const child = spawnSync(
    "/usr/bin/time",
    ["-f", "maxrss_kb=%M", process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), "--load", dataDir],
    {
      env: { ...process.env, DATABASE_URL: `file:${dbFile}`, LOAD_TIMINGS: "1" },
      encoding: "utf8",
      maxBuffer: 2 ** 26,
    },
  );
  const seconds = (performance.now() - start) / 1000;
  if (child.status !== 0) throw new Error(`the load failed: ${child.stderr.slice(-2000)}`);
  const peakRssMb = Math.round(Number(/maxrss_kb=(\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024);
  return {
    seconds,
    peakRssMb,
    phases: child.stderr.split("\n").filter((l) => l.startsWith("phase ")),
    out: child.stdout,
  };
}

async function childLoad(dataDir: string): Promise<void> {
  const { createWriterDb, getDb } = await import("@/db/client");
  const { loadDataset } = await import("@/db/load");
  // Start-up (tsx compiling, modules loading) is not part of the load: said apart, since it varies most.
  console.error(`phase start-up: ${process.uptime().toFixed(2)} s`);
  const startedAt = performance.now() / 1000;
  const result = await loadDataset(createWriterDb(), dataDir);
  console.error(`phase load (all): ${(performance.now() / 1000 - startedAt).toFixed(2)} s`);
  if (!result.ok) throw new Error(result.errors.slice(0, 5).join("\n"));
  const rs = await getDb().$client.execute("select added, changed, removed from publishes order by id desc limit 1");
  console.log(JSON.stringify(rs.rows[0]));
}

function row(name: string, n: number, run: Run): string {
  const load = (loadavg()[0] ?? 0).toFixed(1);
  return `| ${name} | ${n.toLocaleString("en-US")} | ${run.seconds.toFixed(1)} | ${run.peakRssMb} | ${run.out.trim()} | ${load} |`;
}

// BENCH_DIR=/tmp/dir keeps the generated data (minutes at 10^6) in /tmp/dir/data-<n> for the next run
// (which first restores it: BENCH_DIR runs edit it). BENCH_CHANGES=1 stops after the first change.
async function main(): Promise<void> {
  const n = Number(process.env.BENCH_SIZE ?? 1_000_000);
  const keep = process.env.BENCH_DIR;
  const dir = mkdtempSync(join(keep ?? tmpdir(), `bench-republish-${n}-`));
  try {
    const dataDir = join(dir, "data");
    const kept = keep && join(keep, `data-${n}`);
    if (kept && !existsSync(kept)) writeDataset(kept, n);
    if (kept) {
      mkdirSync(dataDir);
      spawnSync("cp", ["-r", `${kept}/.`, dataDir]);
    } else writeDataset(dataDir, n);
    const dbFile = join(dir, "bench.db");
    console.error(`${n} observations; first load…`);
    const first = loadChild(dataDir, dbFile);
    console.log(
      `| load | observations | s | peak RSS MB | recorded | load avg |\n| --- | ---: | ---: | ---: | --- | ---: |`,
    );
    console.log(row("first load", n, first));
    const changes = CHANGES.slice(0, Number(process.env.BENCH_CHANGES ?? CHANGES.length));
    const phases: string[] = [];
    for (const [name, change] of changes) {
      change(dataDir);
      console.error(`republish: ${name}…`);
      const run = loadChild(dataDir, dbFile);
      console.log(row(`republish, ${name}`, n, run));
      phases.push(`${name}: ${run.phases.map((l) => l.replace(/^phase /, "")).join("; ")}`);
    }
    console.log(`\nPhases of the first load: ${first.phases.map((l) => l.replace(/^phase /, "")).join("; ")}`);
    console.log("\nPhases of the republishes:\n");
    for (const line of phases) console.log(`- ${line}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, arg] = process.argv.slice(2);
if (mode === "--load" && arg) await childLoad(arg);
else await main();
