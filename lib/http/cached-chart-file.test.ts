// The HTTP server's fast path for chart files already made: it answers only what the cache holds for
// the served data version, as the route would, and leaves everything else to Next.js.
import { gunzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { chartFileCache, chartFilesInFlight } from "../chart/file-cache";
import { chartFileEtag, chartFileHeaders } from "../chart/file-headers";
import { chartFileKey } from "../chart/file-key";
import { parseChartRequest, type ChartRequest } from "../chart/request";
import { fakeExchange, type FakeAnswer } from "../../tests/fake-http";
import { answerChartFileEarly } from "./cached-chart-file";

function call(url: string, version: string | null, extra: { method?: string; headers?: object } = {}) {
  const { req, res, answer } = fakeExchange(url, extra);
  // The same object the response writes to: a file still being made is answered later.
  const seen: FakeAnswer & { toNext?: true } = answer;
  return { handled: answerChartFileEarly(req, res, version, () => (seen.toNext = true)), answer: seen };
}

function request(file: string, query: string): ChartRequest {
  const parsed = parseChartRequest(file, new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const V = "v1";
const PNG = { body: Buffer.from("not really a png"), contentType: "image/png", filename: null };
const URL_PNG = "/charts/armenia-arms-dependence.png?width=1200&scale=3";

beforeEach(() => {
  chartFileCache().set(chartFileKey(request("armenia-arms-dependence.png", "width=1200&scale=3"), V), PNG);
});

describe("answerChartFileEarly", () => {
  it("answers a cached file with the stored bytes, uncopied, and the route's headers", () => {
    const { handled, answer } = call(URL_PNG, V);
    expect(handled).toBe(true);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(PNG.body);
    const route = chartFileHeaders(request("armenia-arms-dependence.png", "width=1200&scale=3"), PNG, V, false);
    expect(answer.headers).toMatchObject({ ...route, "Content-Length": PNG.body.byteLength });
    // The headers next.config.ts gives /charts/*: sandboxed, loadable by any site.
    expect(String(answer.headers["Content-Security-Policy"])).toContain("sandbox");
    expect(answer.headers["Cross-Origin-Resource-Policy"]).toBe("cross-origin");
  });

  it("finds a width that snaps to the cached one", () => {
    expect(call("/charts/armenia-arms-dependence.png?width=1279&scale=3", V).answer.body).toBe(PNG.body);
  });

  it("answers 304 to a client holding the current file", () => {
    const etag = String(call(URL_PNG, V).answer.headers.ETag);
    const { handled, answer } = call(URL_PNG, V, { headers: { "if-none-match": `"x", W/${etag}` } });
    expect(handled).toBe(true);
    expect(answer).toMatchObject({ status: 304, body: undefined, headers: { ETag: etag } });
  });

  it("gzips SVG, CSV and JSON once for clients that accept it, and never a PNG", () => {
    const csv = {
      body: Buffer.from("year,value\n".repeat(200)),
      contentType: "text/csv; charset=utf-8",
      filename: null,
    };
    chartFileCache().set(chartFileKey(request("armenia-arms-dependence.csv", ""), V), csv);
    const gzip = { headers: { "accept-encoding": "br, gzip" } };
    const first = call("/charts/armenia-arms-dependence.csv", V, gzip).answer;
    expect(first.headers).toMatchObject({ "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
    expect(gunzipSync(first.body as Buffer).equals(csv.body)).toBe(true);
    expect(call("/charts/armenia-arms-dependence.csv", V, gzip).answer.body).toBe(first.body);
    const plain = call("/charts/armenia-arms-dependence.csv", V, { headers: { "accept-encoding": "gzip;q=0" } });
    expect(plain.answer.body).toBe(csv.body);
    expect(plain.answer.headers["Content-Encoding"]).toBeUndefined();
    const png = call(URL_PNG, V, gzip).answer;
    expect(png.body).toBe(PNG.body);
    expect(png.headers["Content-Encoding"]).toBeUndefined();
  });

  it("sends headers only to HEAD", () => {
    const { answer } = call(URL_PNG, V, { method: "HEAD" });
    expect(answer).toMatchObject({ status: 200, body: undefined, headers: { "Content-Length": PNG.body.byteLength } });
  });

  it.each([
    ["another data version", URL_PNG, "v2", {}],
    ["a database not known to be up", URL_PNG, null, {}],
    ["a file not made yet", "/charts/armenia-arms-dependence.png?width=800&scale=3", V, {}],
    ["another theme", `${URL_PNG}&theme=dark`, V, {}],
    ["a bad parameter", `${URL_PNG}&colour=red`, V, {}],
    ["a parameter given twice", `${URL_PNG}&scale=3`, V, {}],
    ["a crowded query", `${URL_PNG}${"&a=1".repeat(40)}`, V, {}],
    ["bad percent-encoding", "/charts/%E0%A4%A.png", V, {}],
    ["another path", "/stories/armenia-arms-dependence", V, {}],
    ["a write method", URL_PNG, V, { method: "POST" }],
  ])("leaves %s to Next.js, writing nothing", (_, url, version, extra) => {
    const { handled, answer } = call(url, version, extra);
    expect(handled).toBe(false);
    expect(answer.status).toBe(0);
  });

  it("refuses a file not made yet with the route's 503 when its renderers are taken, unless it is being made", () => {
    const lanes = new Set<string>();
    const holder = globalThis as { __renderPool?: { accepting(lane?: string): boolean } };
    holder.__renderPool = { accepting: (lane) => lane !== undefined && lanes.has(lane) };
    try {
      const url = "/charts/armenia-arms-dependence.png?width=800&scale=2";
      const { handled, answer } = call(url, V);
      expect(handled).toBe(true);
      expect(answer).toMatchObject({ status: 503, headers: { "Retry-After": "2", "Cache-Control": "no-store" } });
      expect(String(answer.body)).toContain("every image renderer is taken");
      // A PDF's lane has room: the route takes it.
      lanes.add("pdf");
      expect(call("/charts/armenia-arms-dependence.pdf?width=20cm", V).handled).toBe(false);
      // JSON is not drawn by the pool.
      expect(call("/charts/armenia-arms-dependence.json", V).handled).toBe(false);
    } finally {
      delete holder.__renderPool;
    }
  });

  it("answers a file being made once its render is over, or hands it to Next.js if the render failed", async () => {
    const req = request("armenia-arms-dependence.png", "width=720&scale=1");
    const key = chartFileKey(req, V);
    let finish: () => void = () => {};
    chartFilesInFlight().set(key, new Promise<void>((resolve) => (finish = resolve)));
    const waiting = call("/charts/armenia-arms-dependence.png?width=720", V);
    const notMade = call("/charts/armenia-arms-dependence.png?width=720&theme=dark", V);
    expect(notMade.handled).toBe(false);
    expect(waiting.handled).toBe(true);
    expect(waiting.answer.status).toBe(0);
    chartFileCache().set(key, PNG);
    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(waiting.answer).toMatchObject({ status: 200, body: PNG.body });
    // The render failed: nothing in the cache, Next.js answers (and tries again).
    const darkKey = chartFileKey(request("armenia-arms-dependence.png", "width=720&theme=dark"), V);
    chartFilesInFlight().set(darkKey, Promise.reject(new Error("database down")));
    const refused = call("/charts/armenia-arms-dependence.png?width=720&theme=dark", V);
    await new Promise((r) => setTimeout(r, 0));
    expect(refused).toMatchObject({ handled: true, answer: { status: 0, toNext: true } });
    chartFilesInFlight().clear();
  });

  it("answers 304 to a client holding the current file, made or not", () => {
    const url = "/charts/armenia-arms-dependence.png?width=640&theme=dark";
    const etag = chartFileEtag(request("armenia-arms-dependence.png", "width=640&theme=dark"), V);
    expect(call(url, V, { headers: { "if-none-match": etag } })).toMatchObject({
      handled: true,
      answer: { status: 304 },
    });
  });

  // Last: it leaves the module's pacer in debt.
  it("makes a flood of cached files wait their turn, and answers 503 + Retry-After past the queue", () => {
    const big = { ...PNG, body: Buffer.alloc(9 * 1024 * 1024) };
    chartFileCache().set(chartFileKey(request("armenia-arms-dependence.png", "width=800&scale=3"), V), big);
    const answers = Array.from({ length: 66 }, () => call("/charts/armenia-arms-dependence.png?width=800&scale=3", V));
    expect(answers.every((a) => a.handled)).toBe(true);
    expect(answers.map((a) => a.answer.status)).toEqual([200, ...Array<number>(64).fill(0), 503]);
    expect(answers[65]?.answer.headers).toMatchObject({ "Retry-After": "2" });
  });
});
