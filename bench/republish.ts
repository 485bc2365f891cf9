// Republishing at scale: a synthetic dataset of BENCH_SIZE observations (default 10^6, the generator of
// bench/scale.ts) is loaded into a temporary database, then one figure is corrected and the whole dataset
// is published again, as `npm run publish` does: every file read and validated, one transaction, the
// corrections record compared in SQL. Each load runs in its own child with LOAD_TIMINGS=1, so its phases
// and its peak RSS are its own.
// npm run bench:republish   (BENCH_SIZE=100000 for a quicker run)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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

/** The first figure of the first file, corrected by one million dollars in its value and its quote. */
function correctOneFigure(dataDir: string): void {
  const file = join(dataDir, "observations/synthetic-0.yaml");
  const text = readFileSync(file, "utf8");
  const base = ((0 * 7919 + 1975 * 104729) % 9000) + 1000;
  const fixed = text
    .replace(`value: ${base * 1e6}\n`, `value: ${(base + 1) * 1e6}\n`)
    .replace(`$${base} million in 1975`, `$${base + 1} million in 1975`);
  if (fixed === text) throw new Error("the figure to correct was not found");
  writeFileSync(file, fixed);
}

async function childLoad(dataDir: string): Promise<void> {
  const { createWriterDb, getDb } = await import("@/db/client");
  const { loadDataset } = await import("@/db/load");
  const result = await loadDataset(createWriterDb(), dataDir);
  if (!result.ok) throw new Error(result.errors.slice(0, 5).join("\n"));
  const rs = await getDb().$client.execute("select added, changed, removed from publishes order by id desc limit 1");
  console.log(JSON.stringify(rs.rows[0]));
}

async function main(): Promise<void> {
  const n = Number(process.env.BENCH_SIZE ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), `bench-republish-${n}-`));
  try {
    const dataDir = join(dir, "data");
    const mb = writeDataset(dataDir, n) / 2 ** 20;
    const dbFile = join(dir, "bench.db");
    console.error(`${n} observations, ${mb.toFixed(0)} MB of YAML; first load…`);
    const first = loadChild(dataDir, dbFile);
    correctOneFigure(dataDir);
    console.error("republish with one figure corrected…");
    const again = loadChild(dataDir, dbFile);
    console.log(
      `| load | observations | s | peak RSS MB | recorded | load avg |\n| --- | ---: | ---: | ---: | --- | ---: |`,
    );
    for (const [name, run] of [
      ["first load", first],
      ["republish, one figure corrected", again],
    ] as const)
      console.log(
        `| ${name} | ${n.toLocaleString("en-US")} | ${run.seconds.toFixed(1)} | ${run.peakRssMb} | ${run.out.trim()} | ${(loadavg()[0] ?? 0).toFixed(1)} |`,
      );
    console.log("\nPhases of the republish:\n");
    for (const line of again.phases) console.log(`- ${line.replace(/^phase /, "")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, arg] = process.argv.slice(2);
if (mode === "--load" && arg) await childLoad(arg);
else await main();
