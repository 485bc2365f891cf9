import { expect, test } from "@playwright/test";
import { badRequests } from "./bad-requests";

const LEAKS = /\bat [\w.<>]+ \(|node_modules|\/work\/|webpack|__next_error|Error: .*\n\s+at |\.tsx?:\d+/;

test("hundreds of malformed requests get 4xx answers, never a 5xx or a stack trace", async ({ request }) => {
  test.setTimeout(240_000);
  const requests = badRequests();
  expect(requests.length).toBeGreaterThanOrEqual(300);
  const problems: string[] = [];
  for (const { method, path } of requests) {
    const res = await request.fetch(path, { method, maxRedirects: 0, failOnStatusCode: false });
    const body = await res.text();
    const status = res.status();
    const where = `${method} ${path.slice(0, 80)} → ${status}`;
    // oEmbed's spec requires 501 Not Implemented for a format it does not serve; nothing else may be 5xx.
    const oembedFormat = status === 501 && path.startsWith("/oembed") && path.includes("format=");
    if (status >= 500 && !oembedFormat) problems.push(`${where}: server error`);
    if (method !== "GET" && status < 400) problems.push(`${where}: a write method was accepted`);
    if (LEAKS.test(body)) problems.push(`${where}: the body leaks internals`);
    const type = res.headers()["content-type"] ?? "";
    if (status >= 400 && type.startsWith("text/plain") && body.length > 300)
      problems.push(`${where}: message is not short`);
    if (status >= 400 && type.startsWith("text/html") && !/Not found|Bad request|not allowed/i.test(body))
      problems.push(`${where}: no message`);
  }
  expect(problems).toEqual([]);
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain("Russia–Armenia trade");
});

test("security headers: CSP, nosniff, referrer policy; only embeds and images may be framed elsewhere", async ({
  request,
}) => {
  for (const path of ["/", "/stories/russia-armenia-trade", "/sources", "/charts/russia-armenia-trade.svg"]) {
    const h = (await request.get(path)).headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBeTruthy();
    expect(h["content-security-policy"], path).toContain("default-src 'self'");
  }
  expect((await request.get("/stories/russia-armenia-trade")).headers()["content-security-policy"]).toContain(
    "frame-ancestors 'self'",
  );
  expect((await request.get("/charts/russia-armenia-trade.svg")).headers()["content-security-policy"]).toContain(
    "frame-ancestors *",
  );
});
