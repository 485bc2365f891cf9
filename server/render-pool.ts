import "server-only";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import type { Credit } from "@/lib/chart/credit";
import type { ChartRequest } from "@/lib/chart/request";
import type { ChartSpec } from "@/lib/chart/types";
import { WorkerPool, type PoolStats } from "@/lib/render/worker-pool";
import { getEnv } from "@/lib/site/env";

/**
 * The job kinds render workers run, each with the input the main thread sends and the bytes it gets back.
 * A kind is one entry here and one handler in workers/render-worker.mjs.
 * - png: a finished SVG rasterised by resvg;
 * - file: a whole chart file (SVG, PNG or PDF) from plain data: the worker runs renderChartFile
 *   (lib/chart/render-file.ts) itself, so layout, text shaping, pdfkit and resvg all stay off the
 *   request thread. A render too large fails with code "RenderLimitError".
 */
export type RenderJobs = {
  png: { input: { svg: string; options: ResvgRenderOptions }; output: Uint8Array };
  file: { input: { spec: ChartSpec; req: ChartRequest; credit: Credit }; output: Uint8Array };
};

/** Long enough for the largest image on a loaded machine; a render that runs longer is stuck. */
const JOB_TIMEOUT_MS = 20_000;
/**
 * A fresh worker's first file also loads the chart code (tsx, pdfkit, fontkit) and parses the fonts:
 * 1–3 s on a quiet machine, 15 s was seen at a load average of 15 on 2 cores.
 */
const STARTUP_MS = 30_000;

function createPool(): WorkerPool<RenderJobs> {
  const env = getEnv();
  // One core stays with the event loop, so pages answer while every worker draws.
  const size = env.RENDER_WORKERS ?? Math.max(1, availableParallelism() - 1);
  return new WorkerPool<RenderJobs>({
    // Resolved at run time from the app's directory (npm start runs there): the worker is a plain .mjs
    // file that Next.js does not bundle.
    script: path.join(process.cwd(), "workers", "render-worker.mjs"),
    size,
    maxQueue: env.RENDER_QUEUE ?? 2 * size,
    jobTimeoutMs: JOB_TIMEOUT_MS,
    startupMs: STARTUP_MS,
    workerData: { preload: true },
  });
}

// On globalThis so a dev server's module reloads reuse one pool instead of leaking threads.
const holder = globalThis as typeof globalThis & { __renderPool?: WorkerPool<RenderJobs> };

export function renderPool(): WorkerPool<RenderJobs> {
  holder.__renderPool ??= createPool();
  return holder.__renderPool;
}

export function renderPoolStats(): PoolStats | null {
  return holder.__renderPool?.stats() ?? null;
}
