import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";
import { HEIGHT_SCRIPT_CSP } from "../embed/height-script";

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

  it("lets other origins load embeds, chart files and embed.js, and nothing else (CORP)", () => {
    for (const path of ["/embed/a", "/charts/a.png", "/charts/a.csv", "/embed.js"])
      expect(headersFor(path).get("Cross-Origin-Resource-Policy"), path).toBe("cross-origin");
    for (const path of ["/", "/stories/a", "/sources", "/oembed", "/_next/static/chunks/x.js", "/embedded"])
      expect(headersFor(path).get("Cross-Origin-Resource-Policy"), path).toBe("same-origin");
  });

  it("isolates site pages from their opener (COOP), not embeds or chart files", () => {
    for (const path of ["/", "/stories/a", "/series/a", "/sources/a"])
      expect(headersFor(path).get("Cross-Origin-Opener-Policy"), path).toBe("same-origin");
    for (const path of ["/embed/a", "/charts/a.svg"])
      expect(headersFor(path).has("Cross-Origin-Opener-Policy")).toBe(false);
  });

  it("sandboxes chart files: an SVG opened on its own runs no script", () => {
    const csp = headersFor("/charts/a.svg").get("Content-Security-Policy") ?? "";
    expect(csp.split("; ")).toEqual(expect.arrayContaining(["sandbox", "default-src 'none'", "frame-ancestors *"]));
    expect(csp).not.toContain("script-src");
  });

  it("gives embeds a strict CSP: their one script by hash, no 'unsafe-inline' or 'unsafe-eval' for scripts", () => {
    for (const path of ["/embed/russia-armenia-trade", "/embed/fonts/x-400-000000000000.woff2"]) {
      const directives = (headersFor(path).get("Content-Security-Policy") ?? "").split("; ");
      expect(directives, path).toEqual(expect.arrayContaining(["default-src 'none'", "frame-ancestors *"]));
      expect(
        directives.find((d) => d.startsWith("script-src")),
        path,
      ).toBe(`script-src ${HEIGHT_SCRIPT_CSP}`);
      expect(directives.join("; "), path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    }
  });
});
