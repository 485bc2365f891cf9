// The entry of a render worker thread (lib/render/worker-pool.ts). Plain JavaScript outside the Next.js
// bundle, loaded by path, so it runs the same under `next start`, vitest and the benchmarks.
//
// One handler per job kind: it takes the message's input and returns bytes (a Uint8Array), or a promise
// of them, which are handed back to the main thread without a copy. Adding a kind is one entry here and
// one in the job types of server/render-pool.ts.
//
// The "file" kind runs the chart-file code itself (lib/chart/render-file.ts: layout, text shaping, SVG,
// resvg, pdfkit), loaded as TypeScript through tsx's loader (a runtime dependency, used only by this
// thread): no build step, and the same source the tests check. The main thread sends plain data (the
// spec, the request, the credit) and gets the finished file's bytes.
import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import { tsImport } from "tsx/esm/api";

/** lib/chart/render-file.ts, loaded once per thread (the first load takes about a second: pdfkit, fontkit). */
let chartFiles = null;
function renderFileModule() {
  chartFiles ??= tsImport(new URL("../lib/chart/render-file.ts", import.meta.url).href, import.meta.url);
  return chartFiles;
}
// The server's pool (workerData.preload) has loading start as the thread starts, so the code is (nearly)
// ready when the first file is asked for; a load that fails is reported by that job.
if (workerData?.preload) renderFileModule().catch(() => {});

/** This thread's id on Linux (/proc/thread-self → <pid>/task/<tid>), or null elsewhere. */
function threadId() {
  try {
    return Number(readlinkSync("/proc/thread-self").split("/").pop()) || null;
  } catch {
    return null;
  }
}

// Renders yield the CPU to the request thread: on Linux a thread has its own nice value, so this thread
// (and only it) runs at nice 10. On a busy machine pages keep answering while images wait a little.
const tid = threadId();
try {
  if (tid) setPriority(tid, 10);
} catch {
  // Not permitted or not Linux: renders then compete with pages on equal terms, as before.
}

const handlers = {
  /** @param {{ svg: string, options: import("@resvg/resvg-js").ResvgRenderOptions }} input */
  png: (input) => new Resvg(input.svg, input.options).render().asPng(),
  /** @param {{ spec: unknown, req: unknown, credit: unknown }} input */
  file: async (input) => {
    const { renderChartFile } = await renderFileModule();
    return (await renderChartFile(input.spec, input.req, input.credit)).body;
  },
  // Test-only kinds, so the pool's bounds and failure handling can be exercised without a real render.
  "test-sleep": (input) => {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, input.ms);
    return new TextEncoder().encode(String(input.ms));
  },
  "test-priority": () => new TextEncoder().encode(String(tid ? getPriority(tid) : "none")),
  "test-throw": () => {
    throw new Error("boom");
  },
  "test-exit": () => process.exit(3),
};

parentPort.on("message", async ({ id, kind, input }) => {
  try {
    const handler = handlers[kind];
    if (!handler) throw new Error(`no handler for job kind ${kind}`);
    // A copy into a fresh buffer, so transferring it never detaches memory shared with another Buffer.
    const output = new Uint8Array(await handler(input));
    parentPort.postMessage({ id, ok: true, output }, [output.buffer]);
  } catch (error) {
    // The error's class name travels as its code, so the main thread can tell a refusal (a render too
    // large: 400) from a failure (503).
    const message = error instanceof Error ? error.message : String(error);
    parentPort.postMessage({ id, ok: false, error: message, code: error instanceof Error ? error.name : undefined });
  }
});
