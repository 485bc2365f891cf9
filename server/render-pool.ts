import "server-only";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { WorkerPool, type PoolStats } from "@/lib/render/worker-pool";
import { getEnv } from "@/lib/site/env";

/**
 * The job kinds render workers run, each with the input the main thread sends and the bytes it gets back.
 * A kind is one entry here and one handler in workers/render-worker.mjs. For PDF (issue 13):
 *   pdf: { input: { svg: string; options: PdfOptions }; output: Uint8Array };
 * with a "pdf" handler that runs pdfkit + svg-to-pdfkit on the SVG and returns the finished document.
 */
export type RenderJobs = {
  png: { input: { svg: string; options: ResvgRenderOptions }; output: Uint8Array };
};

/** Long enough for the largest image on a loaded machine; a render that runs longer is stuck. */
const JOB_TIMEOUT_MS = 20_000;

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
