// The pacer of cached chart files: a bounded average rate, a bounded queue, order kept.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BytePacer } from "./byte-pacer";

let clock = 0;

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => vi.useRealTimers());

function advance(ms: number) {
  clock += ms;
  vi.advanceTimersByTime(ms);
}

describe("BytePacer", () => {
  it("sends at once within the burst, then at the average rate, in order", () => {
    const pacer = new BytePacer({ bytesPerSecond: 1000, burst: 1000, maxWaiting: 4, now: () => clock });
    const sent: string[] = [];
    for (const name of ["a", "b", "c", "d"]) expect(pacer.schedule(600, () => sent.push(name))).toBe(true);
    // a and b fit the burst (b leaves it 200 bytes in debt); c waits for the debt to be paid.
    expect(sent).toEqual(["a", "b"]);
    expect(pacer.queued).toBe(2);
    advance(199);
    expect(sent).toEqual(["a", "b"]);
    advance(1);
    expect(sent).toEqual(["a", "b", "c"]);
    advance(600);
    expect(sent).toEqual(["a", "b", "c", "d"]);
    expect(pacer.queued).toBe(0);
  });

  it("refuses past the waiting bound, and never runs what it refused", () => {
    const pacer = new BytePacer({ bytesPerSecond: 100, burst: 0, maxWaiting: 1, now: () => clock });
    const sent: number[] = [];
    expect(pacer.schedule(100, () => sent.push(1))).toBe(true);
    expect(pacer.schedule(100, () => sent.push(2))).toBe(true);
    expect(pacer.schedule(100, () => sent.push(3))).toBe(false);
    advance(5000);
    expect(sent).toEqual([1, 2]);
  });

  it("lets a file larger than the burst through, at the average rate", () => {
    const pacer = new BytePacer({ bytesPerSecond: 1000, burst: 100, maxWaiting: 4, now: () => clock });
    const sent: number[] = [];
    pacer.schedule(5000, () => sent.push(1));
    pacer.schedule(10, () => sent.push(2));
    expect(sent).toEqual([1]);
    advance(4899);
    expect(sent).toEqual([1]);
    advance(1);
    expect(sent).toEqual([1, 2]);
  });

  it("refills no more than the burst while idle", () => {
    const pacer = new BytePacer({ bytesPerSecond: 1000, burst: 500, maxWaiting: 4, now: () => clock });
    const sent: number[] = [];
    advance(60_000);
    pacer.schedule(400, () => sent.push(1));
    pacer.schedule(400, () => sent.push(2));
    pacer.schedule(400, () => sent.push(3));
    expect(sent).toEqual([1, 2]);
  });
});
