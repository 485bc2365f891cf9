// The findings of the security review (issue 14), each as requests with the answer it must get: status,
// headers, and no echo of the input. Used by robustness.spec.ts beside bad-requests.ts.

export type Expect = {
  status: number | number[];
  /** Header (lower case) → exact value, or a pattern it must match; null: must be absent. */
  headers?: Record<string, string | RegExp | null>;
  /** Strings of the request that must not come back in the body. */
  noEcho?: string[];
  /** Answered from a cache, not made for this request: the fast path's or Next.js's (either says HIT). */
  cached?: true;
};
export type HardeningCase = { finding: string; method: string; path: string; expect: Expect };

const PNG = "/charts/armenia-arms-dependence.png";
const STORY = "/stories/armenia-arms-dependence";
const EMBED = "/embed/russia-armenia-trade";
const SANDBOX = /(^|; )sandbox(;|$)/;
const CHART_FILE_HEADERS = { "content-security-policy": SANDBOX, "cross-origin-resource-policy": "cross-origin" };

/** Marker strings: they appear in requests only, so finding one in an answer means it was echoed. */
const MARK = "zqxmark";
const marker = (n: number) => `${MARK}${n}`;

function scalesAndWidths(): HardeningCase[] {
  const finding = "scale is 1, 2 or 3; width × scale is capped";
  const bad = ["scale=1.5", "scale=2.5", "scale=0.5", "scale=4", "scale=1e0", "scale=02", "scale=%201"];
  const capped = ["width=2400&scale=3", "width=1680&scale=3", "width=2480&scale=2"];
  return [...bad, ...capped].flatMap((q) =>
    ["png", "svg"].map((ext) => ({
      finding,
      method: "GET",
      path: `/charts/armenia-arms-dependence.${ext}?${q}`,
      expect: { status: 400, headers: { ...CHART_FILE_HEADERS, "content-type": /^text\/plain/ } },
    })),
  );
}

function crowdedQueries(): HardeningCase[] {
  const finding = "more than a few dozen parameters or an overlong query is a 400, before parsing";
  const paths = ["/", STORY, "/sources", PNG, EMBED, "/oembed", "/series/ru-am-trade-turnover", "/_next/image"];
  const out: HardeningCase[] = [];
  paths.forEach((path, p) => {
    for (const count of [33, 100, 1500]) {
      const query = Array.from({ length: count }, (_, i) => `${marker(p)}n${i}=v`).join("&");
      // Past Node.js's 16 KB header limit the server itself answers 431, also before any parsing.
      const status = count > 1000 ? [400, 431] : 400;
      out.push({ finding, method: "GET", path: `${path}?${query}`, expect: { status, noEcho: [MARK] } });
    }
    const long = `${marker(p)}=${"x".repeat(2100)}`;
    out.push({ finding, method: "GET", path: `${path}?${long}`, expect: { status: 400, noEcho: [MARK] } });
  });
  return out;
}

function traceAndFriends(): HardeningCase[] {
  const finding = "TRACE, TRACK and other non-read methods are a 405 with Allow and security headers";
  const paths = ["/", STORY, PNG, EMBED, "/embed.js", "/nope", "/_next/static/x.js"];
  return ["TRACE", "TRACK", "PROPFIND", "POST"].flatMap((method) =>
    paths.map((path) => ({
      finding,
      method,
      path,
      expect: {
        status: 405,
        headers: { allow: "GET, HEAD, OPTIONS", "x-content-type-options": "nosniff", "content-security-policy": /./ },
      },
    })),
  );
}

function imageOptimizer(): HardeningCase[] {
  const finding = "the image optimizer is off";
  return ["/icon.svg", "/embed.js", "http://example.com/x.png", "/charts/armenia-arms-dependence.png"].flatMap((url) =>
    [16, 64, 3840].map((w) => ({
      finding,
      method: "GET",
      path: `/_next/image?url=${encodeURIComponent(url)}&w=${w}&q=75`,
      expect: { status: 404 },
    })),
  );
}

function noEcho(): HardeningCase[] {
  const finding = "unknown parameter names and values are not echoed";
  const files = ["armenia-arms-dependence.png", "armenia-arms-dependence.svg", "russia-armenia-trade.csv"];
  return files.flatMap((file, f) =>
    [
      `${marker(100 + f)}=1`,
      `%3Cscript%3E${marker(110 + f)}=1`,
      `${marker(120 + f)}=1&${marker(120 + f)}=2`,
      `width=${marker(130 + f)}`,
      `theme=${marker(140 + f)}`,
      `scale=${marker(150 + f)}`,
    ].map((q) => ({
      finding,
      method: "GET",
      path: `/charts/${file}?${q}`,
      expect: { status: 400, headers: CHART_FILE_HEADERS, noEcho: [MARK] },
    })),
  );
}

function crossOriginHeaders(): HardeningCase[] {
  const finding = "CORP cross-origin only on embeds, chart files and embed.js; COOP on site pages";
  const site = { "cross-origin-resource-policy": "same-origin", "cross-origin-opener-policy": "same-origin" };
  const shared = { "cross-origin-resource-policy": "cross-origin", "cross-origin-opener-policy": null };
  const cases: [string, Expect][] = [
    ["/", { status: 200, headers: site }],
    [STORY, { status: 200, headers: site }],
    ["/sources", { status: 200, headers: site }],
    ["/nope", { status: 404, headers: site }],
    [EMBED, { status: 200, headers: shared }],
    [`${EMBED}?theme=dark`, { status: 200, headers: shared }],
    ["/embed.js", { status: 200, headers: { "cross-origin-resource-policy": "cross-origin" } }],
    [PNG, { status: 200, headers: { ...shared, ...CHART_FILE_HEADERS } }],
    ["/charts/russia-armenia-trade.svg", { status: 200, headers: { ...shared, ...CHART_FILE_HEADERS } }],
    ["/charts/russia-armenia-trade.csv", { status: 200, headers: CHART_FILE_HEADERS }],
    ["/charts/nope.svg", { status: 404, headers: CHART_FILE_HEADERS }],
  ];
  return cases.map(([path, expect]) => ({ finding, method: "GET", path, expect }));
}

function cacheableEmbeds(): HardeningCase[] {
  const finding = "embed option variants are prerendered, not rendered per request with no-store";
  const queries = ["theme=dark", "theme=light&footnotes=hide", "footnotes=hide", "height=640", "theme=dark&height=333"];
  // Each variant twice: since issue 12 a page is cached on its first request, so only the second is
  // sure to be a HIT whichever tests ran before on the same server. The route stores the page it makes
  // for the server's fast path (lib/http/cached-embed.ts), which answers the repeat without Next.js; a page
  // Next.js served from its own cache was not stored, and its repeat is Next's HIT: either is a cache.
  return queries.flatMap((q) =>
    [false, true].map((repeat) => ({
      finding,
      method: "GET",
      path: `${EMBED}?${q}`,
      expect: { status: 200, headers: { "cache-control": /^(?!.*no-store)/ }, ...(repeat ? { cached: true } : {}) },
    })),
  );
}

export function hardeningCases(): HardeningCase[] {
  return [
    ...scalesAndWidths(),
    ...crowdedQueries(),
    ...traceAndFriends(),
    ...imageOptimizer(),
    ...noEcho(),
    ...crossOriginHeaders(),
    ...cacheableEmbeds(),
  ];
}
