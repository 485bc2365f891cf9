// Paces answers by their size: at most `bytesPerSecond` on average, `burst` at once, and at most
// `maxWaiting` answers waiting their turn (past that the caller refuses, 503). The HTTP server's fast
// path for cached chart files (lib/http/cached-chart-file.ts) uses it so a flood of cached images, cheap
// as each one is, takes a bounded share of the machine and pages keep answering (issue 14).

export type PacerOptions = { bytesPerSecond: number; burst: number; maxWaiting: number; now?: () => number };

type Waiting = { bytes: number; go: () => void };

export class BytePacer {
  private tokens: number;
  private last: number;
  private readonly waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;

  constructor(private readonly opts: PacerOptions) {
    this.now = opts.now ?? (() => performance.now());
    this.tokens = opts.burst;
    this.last = this.now();
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `go` now when the budget allows and nobody waits, or later in turn; false (and `go` never runs)
   * when too many already wait. An answer larger than the burst goes when the budget is not in debt, and
   * leaves it in debt by the difference, so any size gets through at the average rate.
   */
  schedule(bytes: number, go: () => void): boolean {
    this.refill();
    if (!this.waiting.length && this.tokens >= 0) {
      this.tokens -= bytes;
      go();
      return true;
    }
    if (this.waiting.length >= this.opts.maxWaiting) return false;
    this.waiting.push({ bytes, go });
    this.arm();
    return true;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.opts.burst, this.tokens + ((now - this.last) / 1000) * this.opts.bytesPerSecond);
    this.last = now;
  }

  private release(): void {
    this.timer = null;
    this.refill();
    while (this.waiting.length && this.tokens >= 0) {
      const next = this.waiting.shift() as Waiting;
      this.tokens -= next.bytes;
      next.go();
    }
    this.arm();
  }

  private arm(): void {
    if (this.timer || !this.waiting.length) return;
    // When the debt is paid off, at least a millisecond from now.
    const ms = Math.max(1, Math.ceil((-this.tokens / this.opts.bytesPerSecond) * 1000));
    this.timer = setTimeout(() => this.release(), ms);
    this.timer.unref();
  }
}
