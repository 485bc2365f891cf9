// The HTTP server's fast path for embed pages: it answers only what the route stored for the served data
// version, with the route's headers and bytes, and leaves everything else to Next.js.
import { gunzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_EMBED_OPTIONS } from "../embed/embed-options";
import { embedEtag, embedPageCache, embedPageKey, type CachedEmbedPage } from "../embed/embed-page-cache";
import { fakeExchange } from "../../tests/fake-http";
import { answerEmbedEarly } from "./cached-embed";
import { PAGE_CACHE_CONTROL } from "./page-response";
import { securityHeaders } from "./security-headers";

function call(url: string, version: string | null, extra: { method?: string; headers?: object } = {}) {
  const { req, res, answer } = fakeExchange(url, extra);
  return { handled: answerEmbedEarly(req, res, version), answer };
}

const V = "0123456789abcdef";
const CHART = "armenia-arms-dependence";

/** A page as app/embed/embed-response.ts stores it. */
function stored(html: string, version = V): CachedEmbedPage {
  const body = Buffer.from(html);
  const etag = embedEtag(body);
  const headers = { "Content-Type": "text/html; charset=utf-8", ETag: etag, "X-Data-Version": version };
  return { body, headers, etag, version };
}

const DARK = stored("<!doctype html><title>dark, footnotes hidden</title>" + "x".repeat(2000));
const PLAIN = stored("<!doctype html><title>default</title>");
const SINCE = stored("<!doctype html><title>changed since</title>");
const OLD = "fedcba9876543210";
const EMBED_SECURITY = Object.fromEntries(
  (securityHeaders().find((r) => r.source === "/embed/:path*")?.headers ?? []).map((h) => [h.key, h.value]),
);

beforeEach(() => {
  const cache = embedPageCache();
  cache.set(embedPageKey(CHART, { theme: "dark", footnotes: "hide" }, null, V), DARK);
  cache.set(embedPageKey(CHART, DEFAULT_EMBED_OPTIONS, null, V), PLAIN);
  cache.set(embedPageKey(CHART, DEFAULT_EMBED_OPTIONS, OLD, V), SINCE);
});

describe("answerEmbedEarly", () => {
  it("answers a stored page with its bytes, uncopied, and the headers the route and Next.js sent", () => {
    const { handled, answer } = call(`/embed/${CHART}?theme=dark&footnotes=hide`, V);
    expect(handled).toBe(true);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(DARK.body);
    expect(answer.headers).toEqual({
      ...EMBED_SECURITY,
      ...DARK.headers,
      "Cache-Control": PAGE_CACHE_CONTROL,
      Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
      "X-Cache": "HIT",
      "Content-Length": DARK.body.byteLength,
    });
    // The embed's own CSP (a hash-allowed script) and framable, loadable by any site.
    expect(String(answer.headers["Content-Security-Policy"])).toContain("frame-ancestors *");
    expect(answer.headers["Cross-Origin-Resource-Policy"]).toBe("cross-origin");
  });

  it("gzips for a client that accepts it, once per stored page", () => {
    const first = call(`/embed/${CHART}?theme=dark&footnotes=hide`, V, { headers: { "accept-encoding": "br, gzip" } });
    const again = call(`/embed/${CHART}?footnotes=hide&theme=dark`, V, { headers: { "accept-encoding": "gzip" } });
    expect(first.answer.headers["Content-Encoding"]).toBe("gzip");
    expect(gunzipSync(first.answer.body as Buffer).equals(DARK.body)).toBe(true);
    expect(again.answer.body).toBe(first.answer.body);
    expect(first.answer.headers["Content-Length"]).toBe((first.answer.body as Buffer).byteLength);
  });

  it("finds the same page whatever the height, order or ignored parameters", () => {
    for (const query of ["height=600&theme=dark&footnotes=hide", "theme=dark&footnotes=hide&utm_source=x"])
      expect(call(`/embed/${CHART}?${query}`, V).answer.body).toBe(DARK.body);
    for (const url of [`/embed/${CHART}`, `/embed/${CHART}?height=300`, `/embed/${CHART}?theme=light&footnotes=show`])
      expect(call(url, V).answer.body).toBe(PLAIN.body);
    // `v=` is part of the page: an embed code from an earlier version may carry a notice.
    expect(call(`/embed/${CHART}?v=${OLD}`, V).answer.body).toBe(SINCE.body);
  });

  it("misses for another data version, a page not stored, or no known version", () => {
    expect(call(`/embed/${CHART}?theme=dark&footnotes=hide`, "1111111111111111").handled).toBe(false);
    expect(call(`/embed/${CHART}?theme=dark&footnotes=hide`, null).handled).toBe(false);
    expect(call(`/embed/${CHART}?theme=auto`, V).handled).toBe(false);
    expect(call(`/embed/${CHART}?v=1111111111111111`, V).handled).toBe(false);
  });

  it("leaves what proxy.ts refuses or routes elsewhere to Next.js", () => {
    const refused = [
      `/embed/${CHART}?theme=purple`,
      `/embed/${CHART}?theme=dark&theme=dark&footnotes=hide`,
      `/embed/${CHART}?theme=dark&footnotes=hide&height=5`,
      `/embed/${CHART}?v=nope`,
      `/embed/${CHART}?theme=dark&footnotes=hide&${Array.from({ length: 40 }, (_, i) => `p${i}=1`).join("&")}`,
      `/embed/${CHART}/variant/dark-hide`,
      `/embed/${CHART}/`,
      `/embed/armenia%2Darms-dependence?theme=dark&footnotes=hide`,
      `/embed/fonts/${CHART}-400-abc.woff2`,
    ];
    for (const url of refused) expect(call(url, V).handled, url).toBe(false);
    for (const method of ["POST", "OPTIONS", "TRACE"])
      expect(call(`/embed/${CHART}?theme=dark&footnotes=hide`, V, { method }).handled, method).toBe(false);
  });

  it("answers 304 to a client that has the page, with no body", () => {
    for (const inm of [DARK.etag, `W/${DARK.etag}`, `"other", ${DARK.etag}`, "*"]) {
      const { answer } = call(`/embed/${CHART}?theme=dark&footnotes=hide`, V, { headers: { "if-none-match": inm } });
      expect(answer.status, inm).toBe(304);
      expect(answer.body).toBeUndefined();
      expect(answer.headers).toMatchObject({ ETag: DARK.etag, "X-Data-Version": V, ...EMBED_SECURITY });
    }
    const stale = call(`/embed/${CHART}?theme=dark&footnotes=hide`, V, { headers: { "if-none-match": PLAIN.etag } });
    expect(stale.answer.status).toBe(200);
  });

  it("answers HEAD with the GET's headers and no body", () => {
    const get = call(`/embed/${CHART}?theme=dark&footnotes=hide`, V).answer;
    const head = call(`/embed/${CHART}?theme=dark&footnotes=hide`, V, { method: "HEAD" }).answer;
    expect(head.status).toBe(200);
    expect(head.headers).toEqual(get.headers);
    expect(head.body).toBeUndefined();
    expect(head.ended).toBe(true);
  });
});

describe("embedPageKey", () => {
  it("names chart, options, the code's version and the data version, and nothing else", () => {
    const keys = new Set([
      embedPageKey(CHART, { theme: "dark", footnotes: "hide" }, null, V),
      embedPageKey(CHART, { theme: "dark", footnotes: "show" }, null, V),
      embedPageKey(CHART, { theme: "dark", footnotes: "hide" }, OLD, V),
      embedPageKey(CHART, { theme: "dark", footnotes: "hide" }, null, OLD),
      embedPageKey("other-chart", { theme: "dark", footnotes: "hide" }, null, V),
    ]);
    expect(keys.size).toBe(5);
  });
});
