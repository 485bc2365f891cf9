import { describe, expect, it } from "vitest";
import { decideHead, PAGE_CACHE_CONTROL } from "./page-response";

const UP = { ok: true } as const;
const DOWN = { ok: false, message: "The database is unreachable or too slow; try again shortly." } as const;
const ISR = "s-maxage=31536000";

describe("a page's answer as the server sends it", () => {
  it("is never cached for a year by shared caches", () => {
    expect(decideHead(200, "text/html; charset=utf-8", ISR, UP, 10)).toEqual({
      kind: "keep",
      setHeaders: { "Cache-Control": PAGE_CACHE_CONTROL },
    });
    expect(decideHead(200, "text/csv", "public, max-age=5", UP, 10)).toEqual({ kind: "keep", setHeaders: {} });
  });

  it("is marked stale when served from the cache while the database is down", () => {
    const d = decideHead(200, "text/html", ISR, DOWN, 10);
    expect(d.kind === "keep" && d.setHeaders["X-Data-Stale"]).toBe("1");
  });

  it("turns a failed render into a 503 with Retry-After and one line, only when the database is down", () => {
    expect(decideHead(500, "text/html", "private, no-store", DOWN, 10)).toEqual({
      kind: "replace",
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "10" },
      body: `Service unavailable: ${DOWN.message}\n`,
    });
    expect(decideHead(500, "text/html", "private, no-store", UP, 10).kind).toBe("keep");
    expect(decideHead(404, "text/html", "private, no-store", DOWN, 10).kind).toBe("keep");
  });
});
