import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";

/** The rules that apply to a path, the way Next.js matches `source` patterns (path-to-regexp). */
function headersFor(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of securityHeaders()) {
    const pattern = rule.source.replace(/\/:path\*$/, "(?:/.*)?").replace(/\/:path\((.*)\)$/, "/$1");
    if (new RegExp(`^${pattern}$`).test(path)) for (const h of rule.headers) out.set(h.key, h.value);
  }
  return out;
}

describe("securityHeaders", () => {
  it("lets any site frame embeds and chart images, with no X-Frame-Options left over", () => {
    for (const path of ["/embed/russia-armenia-trade", "/charts/russia-armenia-trade.png"]) {
      const headers = headersFor(path);
      expect(headers.get("Content-Security-Policy"), path).toContain("frame-ancestors *");
      expect(headers.has("X-Frame-Options"), path).toBe(false);
    }
  });

  it("keeps every other page to its own origin", () => {
    for (const path of ["/", "/stories/russia-armenia-trade", "/embedded", "/oembed"]) {
      const headers = headersFor(path);
      expect(headers.get("Content-Security-Policy"), path).toContain("frame-ancestors 'self'");
      expect(headers.get("X-Frame-Options"), path).toBe("SAMEORIGIN");
    }
  });
});
