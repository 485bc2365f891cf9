import { expect, test } from "@playwright/test";
import { badRequests } from "./bad-requests";
import { hardeningCases } from "./hardening";

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
    // Pages: default-src 'self'; chart files: default-src 'none' with a sandbox (issue 14).
    expect(h["content-security-policy"], path).toMatch(/default-src '(self|none)'/);
  }
  expect((await request.get("/stories/russia-armenia-trade")).headers()["content-security-policy"]).toContain(
    "frame-ancestors 'self'",
  );
  expect((await request.get("/charts/russia-armenia-trade.svg")).headers()["content-security-policy"]).toContain(
    "frame-ancestors *",
  );
});

test("every finding of the security review gets its status and headers, with no echo of the input", async ({
  request,
}) => {
  test.setTimeout(240_000);
  const cases = hardeningCases();
  // With the malformed requests above, well over 500 hostile requests per run.
  expect(cases.length + badRequests().length).toBeGreaterThanOrEqual(500);
  const problems: string[] = [];
  const findings = new Set<string>();
  for (const { finding, method, path, expect: want } of cases) {
    findings.add(finding);
    const res = await request.fetch(path, { method, maxRedirects: 0, failOnStatusCode: false });
    const body = await res.text();
    const where = `${method} ${path.slice(0, 70)} → ${res.status()} (${finding})`;
    if (res.status() >= 500) problems.push(`${where}: server error`);
    if (![want.status].flat().includes(res.status())) problems.push(`${where}: expected ${want.status}`);
    if (LEAKS.test(body)) problems.push(`${where}: the body leaks internals`);
    for (const echo of want.noEcho ?? []) if (body.includes(echo)) problems.push(`${where}: echoes ${echo}`);
    for (const [name, value] of Object.entries(want.headers ?? {})) {
      const got = res.headers()[name];
      const ok = value === null ? got === undefined : typeof value === "string" ? got === value : value.test(got ?? "");
      if (!ok) problems.push(`${where}: header ${name} is ${got ?? "absent"}`);
    }
    const hit = res.headers()["x-cache"] === "HIT" || res.headers()["x-nextjs-cache"] === "HIT";
    if (want.cached && !hit) problems.push(`${where}: made for the request, not answered from a cache`);
  }
  expect(problems).toEqual([]);
  expect(findings.size).toBe(7);
});

test("bounded variants: widths snap to one cached image, CSV ignores image parameters", async ({ request }) => {
  const etag = async (path: string) => {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    return res.headers()["etag"];
  };
  const png = "/charts/russia-armenia-trade.png";
  expect(await etag(`${png}?width=801`)).toBe(await etag(`${png}?width=800`));
  expect(await etag(`${png}?width=879&scale=2`)).toBe(await etag(`${png}?width=800&scale=2`));
  const csv = "/charts/russia-armenia-trade.csv";
  const plain = await etag(csv);
  for (const q of ["width=400", "width=2400&scale=2", "theme=dark"]) expect(await etag(`${csv}?${q}`)).toBe(plain);
  // The rows a spreadsheet reads: no text cell may start a formula.
  const text = await (await request.get(csv)).text();
  for (const line of text.split("\n")) expect(line).not.toMatch(/(^|,)"?[=+@]/);
});

test("a fixed embed height still applies on the prerendered variant page", async ({ page }) => {
  await page.goto("/embed/russia-armenia-trade?theme=dark&height=400");
  const box = await page.locator(".embed").evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
  expect(box.client).toBe(400);
  expect(box.scroll).toBeGreaterThan(400);
});
