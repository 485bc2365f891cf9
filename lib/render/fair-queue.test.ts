// The render queue's fairness between lanes (issue 14): places and turns go round the lanes asking.
import { describe, expect, it } from "vitest";
import { FairQueue } from "./fair-queue";

function drain(q: FairQueue<string>): string[] {
  const out: string[] = [];
  for (let item = q.shift(); item !== undefined; item = q.shift()) out.push(item);
  return out;
}

describe("FairQueue", () => {
  it("serves lanes in turn, not in order of arrival", () => {
    const q = new FairQueue<string>(8);
    for (const item of ["png1", "png2", "png3", "pdf1", "pdf2"]) q.push(item.slice(0, 3), item);
    expect(drain(q)).toEqual(["png1", "pdf1", "png2", "pdf2", "png3"]);
  });

  it("gives the next turn to the lane not served last", () => {
    const q = new FairQueue<string>(8);
    q.markServed("png");
    q.push("png", "png1");
    q.push("pdf", "pdf1");
    expect(drain(q)).toEqual(["pdf1", "png1"]);
  });

  it("lets a lane alone take every place, and refuses past them", () => {
    const q = new FairQueue<string>(2);
    expect(q.push("png", "a")).toEqual({ admitted: true, evicted: null });
    expect(q.push("png", "b")).toEqual({ admitted: true, evicted: null });
    expect(q.admits("png")).toBe(false);
    expect(q.push("png", "c")).toEqual({ admitted: false });
    expect(q.length).toBe(2);
  });

  it("makes room for a lane kept out, from the newest place of the longest lane", () => {
    const q = new FairQueue<string>(2);
    q.push("png", "a");
    q.push("png", "b");
    expect(q.admits("pdf")).toBe(true);
    expect(q.push("pdf", "p")).toEqual({ admitted: true, evicted: "b" });
    expect(q.lengths()).toEqual({ png: 1, pdf: 1 });
    // Even now: neither lane may take the other's place.
    expect(q.push("png", "c")).toEqual({ admitted: false });
    expect(q.push("pdf", "q")).toEqual({ admitted: false });
    expect(drain(q).sort()).toEqual(["a", "p"]);
  });

  it("splits the places evenly among three lanes under a flood of one", () => {
    const q = new FairQueue<string>(6);
    for (let i = 0; i < 6; i++) q.push("png", `png${i}`);
    q.push("pdf", "pdf0");
    q.push("svg", "svg0");
    q.push("pdf", "pdf1");
    q.push("svg", "svg1");
    expect(q.lengths()).toEqual({ png: 2, pdf: 2, svg: 2 });
    expect(q.push("png", "png9")).toEqual({ admitted: false });
  });

  it("takes out an item that went away, and nothing else", () => {
    const q = new FairQueue<string>(3);
    q.push("png", "a");
    q.push("pdf", "b");
    expect(q.remove("a")).toBe(true);
    expect(q.remove("a")).toBe(false);
    expect(q.length).toBe(1);
    expect(q.drain()).toEqual(["b"]);
    expect(q.length).toBe(0);
  });

  it("with no places, admits nothing", () => {
    const q = new FairQueue<string>(0);
    expect(q.admits("png")).toBe(false);
    expect(q.push("png", "a")).toEqual({ admitted: false });
  });
});
