// A bounded pool of worker threads for CPU-heavy renders (resvg today, a PDF writer next), so the server's
// one event loop keeps answering pages while images are drawn. Bounded twice: `size` jobs run at once and
// at most `maxQueue` wait; anything past that is refused at once ("busy") for the route to answer 503 +
// Retry-After, rather than piling up and stalling every other request.
//
// Fair between lanes (lib/render/fair-queue.ts): a job names its lane (the server uses the file format), and
// the queue's places and the next free worker go round the lanes asking, so a flood of PNGs cannot keep
// every PDF out (a mixed bench once admitted 3 PDFs to 128 PNGs).
//
// Generic over job kinds: `Jobs` maps a kind ("png", "pdf", ...) to its input and output, and the worker
// script (workers/render-worker.mjs) has one handler per kind. Adding a kind is a type entry here and a
// handler there.
import { Worker } from "node:worker_threads";
import { FairQueue } from "./fair-queue";

export type JobSpec = { input: unknown; output: unknown };
export type JobFailure = "busy" | "timeout" | "failed" | "aborted";
/** `code` is the name of the error a handler threw (e.g. "RenderLimitError"), for callers that tell them apart. */
export type JobResult<O> = { ok: true; value: O } | { ok: false; reason: JobFailure; detail?: string; code?: string };

export type PoolOptions = {
  /** The worker's entry, an absolute path to a plain .mjs file (outside the Next.js bundle). */
  script: string;
  size: number;
  maxQueue: number;
  /** A job running longer is abandoned and its worker replaced: a pathological input cannot pin a thread. */
  jobTimeoutMs: number;
  /**
   * Extra time for a fresh worker's first job, which also pays for the worker's start (loading its code,
   * parsing fonts: seconds on a loaded machine): a slow start is not a stuck render.
   */
  startupMs?: number;
  workerData?: unknown;
};

export type PoolStats = {
  workers: number;
  running: number;
  queued: number;
  done: number;
  refused: number;
  /** Jobs finished per lane since the pool started. */
  doneByLane: Record<string, number>;
};
/** `lane`: whose turn the job waits for (default: its kind); `signal`: the client went away. */
export type RunOptions = { transfer?: ArrayBuffer[]; signal?: AbortSignal; lane?: string };

type Job = {
  id: number;
  kind: string;
  lane: string;
  input: unknown;
  transfer: ArrayBuffer[];
  settle: (r: JobResult<unknown>) => void;
  signal?: AbortSignal;
};
type Slot = { worker: Worker; job: Job | null; timer: NodeJS.Timeout | null; fresh: boolean };
type Reply = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: string; code?: string };

export class WorkerPool<Jobs extends Record<string, JobSpec>> {
  private readonly slots: Slot[] = [];
  private readonly queue: FairQueue<Job>;
  private readonly doneByLane = new Map<string, number>();
  private nextId = 1;
  private done = 0;
  private refused = 0;
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    if (opts.size < 1 || opts.maxQueue < 0) throw new Error("WorkerPool: size ≥ 1 and maxQueue ≥ 0");
    this.queue = new FairQueue<Job>(opts.maxQueue);
  }

  /** Runs a job of `kind`, or answers busy at once when every worker is taken and the queue is full. */
  run<K extends keyof Jobs & string>(
    kind: K,
    input: Jobs[K]["input"],
    opts: RunOptions = {},
  ): Promise<JobResult<Jobs[K]["output"]>> {
    return new Promise((resolve) => {
      const settle = resolve as (r: JobResult<unknown>) => void;
      if (this.closed) return settle({ ok: false, reason: "failed", detail: "pool closed" });
      if (opts.signal?.aborted) return settle({ ok: false, reason: "aborted" });
      const lane = opts.lane ?? kind;
      const transfer = opts.transfer ?? [];
      const job: Job = { id: this.nextId++, kind, lane, input, transfer, settle, signal: opts.signal };
      const slot = this.idleSlot();
      if (slot) {
        this.queue.markServed(lane);
        return this.start(slot, job);
      }
      const admission = this.queue.push(lane, job);
      if (!admission.admitted) return this.refuse(job);
      // The newest job of the lane that held the most places gave its place up to this one.
      if (admission.evicted) this.refuse(admission.evicted);
      // A client that went away no longer needs its place in the queue.
      job.signal?.addEventListener("abort", () => this.dropQueued(job), { once: true });
    });
  }

  /**
   * Whether a job of `lane` run now would be taken rather than refused. Callers check it before the
   * main-thread work of preparing a job, so a refusal costs nothing but the answer.
   */
  accepting(lane?: string): boolean {
    if (this.closed) return false;
    if (this.slots.length < this.opts.size || this.slots.some((s) => !s.job)) return true;
    return lane === undefined ? this.queue.length < this.opts.maxQueue : this.queue.admits(lane);
  }

  stats(): PoolStats {
    const running = this.slots.filter((s) => s.job).length;
    return {
      workers: this.slots.length,
      running,
      queued: this.queue.length,
      done: this.done,
      refused: this.refused,
      doneByLane: Object.fromEntries(this.doneByLane),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.drain()) job.settle({ ok: false, reason: "failed", detail: "pool closed" });
    await Promise.all(this.slots.splice(0).map((s) => this.retire(s, "pool closed")));
  }

  private idleSlot(): Slot | undefined {
    const idle = this.slots.find((s) => !s.job);
    if (idle) return idle;
    if (this.slots.length < this.opts.size) return this.spawn();
    return undefined;
  }

  private spawn(): Slot {
    const worker = new Worker(this.opts.script, { workerData: this.opts.workerData });
    const slot: Slot = { worker, job: null, timer: null, fresh: true };
    worker.on("message", (reply: Reply) => this.finish(slot, reply));
    worker.on("error", (error) => this.replace(slot, error.message));
    worker.on("exit", (code) => this.replace(slot, `worker exited with code ${code}`));
    // An idle worker must not keep the process alive at shutdown.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    const limit = this.opts.jobTimeoutMs + (slot.fresh ? (this.opts.startupMs ?? 0) : 0);
    slot.fresh = false;
    slot.timer = setTimeout(() => {
      job.settle({ ok: false, reason: "timeout" });
      slot.job = null;
      void this.retire(slot, "timeout");
      this.pump();
    }, limit);
    slot.worker.postMessage({ id: job.id, kind: job.kind, input: job.input }, job.transfer);
  }

  private finish(slot: Slot, reply: Reply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    this.done++;
    this.doneByLane.set(job.lane, (this.doneByLane.get(job.lane) ?? 0) + 1);
    job.settle(
      reply.ok
        ? { ok: true, value: reply.output }
        : { ok: false, reason: "failed", detail: reply.error, ...(reply.code ? { code: reply.code } : {}) },
    );
    this.pump();
  }

  /** A worker that crashed or exited: its job fails, a fresh worker takes the next one. */
  private replace(slot: Slot, detail: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.job?.settle({ ok: false, reason: "failed", detail });
    slot.job = null;
    this.pump();
  }

  private async retire(slot: Slot, detail: string): Promise<void> {
    this.replace(slot, detail);
    slot.worker.removeAllListeners();
    await slot.worker.terminate();
  }

  private pump(): void {
    while (this.queue.length && !this.closed) {
      const slot = this.idleSlot();
      if (!slot) return;
      const job = this.queue.shift() as Job;
      if (job.signal?.aborted) {
        job.settle({ ok: false, reason: "aborted" });
        continue;
      }
      this.start(slot, job);
    }
  }

  private refuse(job: Job): void {
    this.refused++;
    job.settle({ ok: false, reason: "busy" });
  }

  private dropQueued(job: Job): void {
    if (this.queue.remove(job)) job.settle({ ok: false, reason: "aborted" });
  }
}
