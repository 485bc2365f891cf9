// The render pool's bounds and failure handling, against the real worker script.
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FIXTURES } from "../../tests/fixtures/chart-fixtures";
import { pngRenderOptions, svgToPng } from "../chart/png";
import { layoutChart } from "../chart/scene";
import { sceneToSvg } from "../chart/svg";
import { WorkerPool } from "./worker-pool";

type TestJobs = {
  png: { input: { svg: string; options: ReturnType<typeof pngRenderOptions> }; output: Uint8Array };
  "test-sleep": { input: { ms: number }; output: Uint8Array };
  "test-throw": { input: null; output: Uint8Array };
  "test-priority": { input: null; output: Uint8Array };
  "test-exit": { input: null; output: Uint8Array };
};

const script = path.join(process.cwd(), "workers", "render-worker.mjs");
let pool: WorkerPool<TestJobs> | null = null;

function makePool(size: number, maxQueue: number, jobTimeoutMs = 10_000) {
  pool = new WorkerPool<TestJobs>({ script, size, maxQueue, jobTimeoutMs });
  return pool;
}

afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe("WorkerPool", () => {
  it("renders the same PNG off the thread as on it", async () => {
    const svg = sceneToSvg(layoutChart(FIXTURES.trade, { width: 640, standalone: true }), { theme: "light" });
    const result = await makePool(1, 0).run("png", { svg, options: pngRenderOptions(1280) });
    expect(result.ok).toBe(true);
    if (result.ok) expect(Buffer.from(result.value).equals(svgToPng(svg, { width: 1280 }))).toBe(true);
  });

  it("runs `size` jobs at once, queues `maxQueue`, and refuses the rest at once as busy", async () => {
    const p = makePool(2, 1);
    const jobs = Array.from({ length: 5 }, () => p.run("test-sleep", { ms: 300 }));
    expect(p.stats()).toMatchObject({ running: 2, queued: 1, refused: 2 });
    expect(p.accepting()).toBe(false);
    const results = await Promise.all(jobs);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.reason === "busy")).toHaveLength(2);
    expect(p.stats()).toMatchObject({ running: 0, queued: 0, done: 3 });
    expect(p.accepting()).toBe(true);
  });

  it("abandons a job past its timeout and replaces the worker", async () => {
    // A fresh worker's start counts against the job's time: leave it room on a loaded machine.
    const p = makePool(1, 1, 1500);
    expect(await p.run("test-sleep", { ms: 5000 })).toMatchObject({ ok: false, reason: "timeout" });
    expect(await p.run("test-sleep", { ms: 1 })).toMatchObject({ ok: true });
  });

  it("gives a fresh worker's first job its start-up time on top of the job timeout", async () => {
    pool = new WorkerPool<TestJobs>({ script, size: 1, maxQueue: 1, jobTimeoutMs: 400, startupMs: 5000 });
    expect(await pool.run("test-sleep", { ms: 1500 })).toMatchObject({ ok: true });
    expect(await pool.run("test-sleep", { ms: 1500 })).toMatchObject({ ok: false, reason: "timeout" });
  });

  it("reports a handler's error and a worker's exit as failed, and keeps serving", async () => {
    const p = makePool(1, 2);
    const [thrown, exited, after] = await Promise.all([
      p.run("test-throw", null),
      p.run("test-exit", null),
      p.run("test-sleep", { ms: 1 }),
    ]);
    expect(thrown).toMatchObject({ ok: false, reason: "failed", detail: "boom" });
    expect(exited).toMatchObject({ ok: false, reason: "failed" });
    expect(after).toMatchObject({ ok: true });
  });

  it.runIf(process.platform === "linux")("runs renders at nice 10, below the request thread", async () => {
    const result = await makePool(1, 0).run("test-priority", null);
    expect(result.ok && new TextDecoder().decode(result.value)).toBe("10");
    expect(os.getPriority()).toBeLessThan(10);
  });

  it("keeps a place for a lane a flood of another lane would keep out", async () => {
    const p = makePool(1, 2);
    const running = p.run("test-sleep", { ms: 300 }, { lane: "png" });
    const pngs = [1, 2].map(() => p.run("test-sleep", { ms: 1 }, { lane: "png" }));
    expect(p.accepting("png")).toBe(false);
    expect(p.accepting("pdf")).toBe(true);
    const pdf = p.run("test-sleep", { ms: 1 }, { lane: "pdf" });
    // The newest PNG gave its place up to the PDF.
    expect(await pngs[1]).toMatchObject({ ok: false, reason: "busy" });
    expect(await pdf).toMatchObject({ ok: true });
    expect(await Promise.all([running, pngs[0]])).toMatchObject([{ ok: true }, { ok: true }]);
    expect(p.stats().doneByLane).toEqual({ png: 2, pdf: 1 });
  });

  it("gives the free worker to the lanes in turn, not in order of arrival", async () => {
    const p = makePool(1, 4);
    const order: string[] = [];
    const job = (name: string) =>
      p.run("test-sleep", { ms: 20 }, { lane: name.slice(0, 3) }).then(() => order.push(name));
    await Promise.all(["png0", "png1", "png2", "pdf1", "pdf2"].map(job));
    expect(order).toEqual(["png0", "pdf1", "png1", "pdf2", "png2"]);
  });

  it("drops a queued job whose client went away", async () => {
    const p = makePool(1, 1);
    const running = p.run("test-sleep", { ms: 200 });
    const controller = new AbortController();
    const queued = p.run("test-sleep", { ms: 1 }, { signal: controller.signal });
    controller.abort();
    expect(await queued).toMatchObject({ ok: false, reason: "aborted" });
    expect(await running).toMatchObject({ ok: true });
  });
});
