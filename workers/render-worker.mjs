// The entry of a render worker thread (lib/render/worker-pool.ts). Plain JavaScript outside the Next.js
// bundle, loaded by path, so it runs the same under `next start`, vitest and the benchmarks.
//
// One handler per job kind: it takes the message's input and returns bytes (a Uint8Array), which are
// handed back to the main thread without a copy. The main thread does the cheap part (building the SVG,
// the options); a worker does only the CPU-heavy part. Adding a kind (e.g. "pdf") is one entry here and
// one in the job types of server/render-pool.ts.
import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";

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

parentPort.on("message", ({ id, kind, input }) => {
  try {
    const handler = handlers[kind];
    if (!handler) throw new Error(`no handler for job kind ${kind}`);
    // A copy into a fresh buffer, so transferring it never detaches memory shared with another Buffer.
    const output = new Uint8Array(handler(input));
    parentPort.postMessage({ id, ok: true, output }, [output.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
