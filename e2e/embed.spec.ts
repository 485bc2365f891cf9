import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { STORIES } from "../lib/registry/stories";
import { hostHtml, startHostPage, type HostPage } from "./host-page";

const story = STORIES[0];
const CHART = story?.charts[0]?.id ?? "";
const SERIES_URL_PATH = "/series/ru-ir-trade-turnover";
const WIDTHS = [320, 768, 1280];

type ChartJson = { footnotes: { author: string }[] };

let host: HostPage;
let copiedCode = "";

/** The two ways another site gets our embed code: copied from the share panel, and from oEmbed. */
test.beforeAll(async ({ browser, request, baseURL }) => {
  const page = await browser.newPage({ baseURL });
  await page.goto(`/stories/${story?.slug}`);
  const copied = await page.locator(`#share-${CHART}-embed`).inputValue();
  await page.close();
  const oembed = await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}${SERIES_URL_PATH}`)}&format=json`);
  expect(oembed.status()).toBe(200);
  const { html } = (await oembed.json()) as { html: string };
  for (const code of [copied, html])
    expect(code, "SITE_URL must be the address the tests use").toContain(`src="${baseURL}/embed/`);
  copiedCode = copied;
  host = await startHostPage(hostHtml([copied, html]));
});

test.afterAll(async () => {
  await host.close();
});

/** A frame fits when it is as tall as its document, which has nothing left to scroll, footer included. */
async function expectFits(frameEl: Locator): Promise<void> {
  await frameEl.scrollIntoViewIfNeeded();
  const frame = await (await frameEl.elementHandle())?.contentFrame();
  if (!frame) throw new Error("no frame");
  await frame.waitForSelector("html[data-sized]", { state: "attached" });
  const gap = async () => {
    const outer = await frameEl.evaluate((el) => el.getBoundingClientRect().height);
    return Math.abs(outer - (await frame.evaluate(() => document.documentElement.scrollHeight)));
  };
  await expect.poll(gap, { timeout: 10_000 }).toBeLessThanOrEqual(2);
  const doc = await frame.evaluate(() => {
    const d = document.documentElement;
    return { scroll: d.scrollHeight, client: d.clientHeight, scrollWidth: d.scrollWidth, clientWidth: d.clientWidth };
  });
  expect(doc.scroll).toBeLessThanOrEqual(doc.client + 1);
  // Nothing may stick out sideways either: a horizontal scrollbar would also take height from the content.
  expect(doc.scrollWidth).toBeLessThanOrEqual(doc.clientWidth);
  const footer = frame.locator("[data-embed-footer] a");
  await expect(footer).toBeVisible();
  expect(await footer.evaluate((a) => a.getBoundingClientRect().bottom <= document.documentElement.clientHeight)).toBe(
    true,
  );
}

async function expectAllFit(page: Page): Promise<void> {
  const frames = page.locator("iframe");
  await expect(frames).toHaveCount(2);
  for (const i of [0, 1]) await expectFits(frames.nth(i));
}

for (const width of WIDTHS) {
  test(`on another site at ${width}px, each frame grows to its content`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(host.url);
    await expectAllFit(page);
  });
}

test("the host page's console stays clean: no warnings or errors from the embeds", async ({ page }) => {
  const logged: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" || m.type() === "error") logged.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => logged.push(`pageerror: ${e.message}`));
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(host.url);
  await expectAllFit(page);
  expect(logged).toEqual([]);
});

test("without embed.js (a CMS strips scripts), a 360 px frame shows the whole chart and scrolls to the sources", async ({
  browser,
}) => {
  const codes = [copiedCode.replace(/<script[^>]*><\/script>/g, "")];
  expect(codes[0]).not.toContain("<script");
  const bare = await startHostPage(hostHtml(codes));
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.goto(bare.url);
  const frameEl = page.locator("iframe").first();
  await frameEl.scrollIntoViewIfNeeded();
  const frame = await (await frameEl.elementHandle())?.contentFrame();
  if (!frame) throw new Error("no frame");
  await frame.waitForSelector("[data-embed-footer]");
  const box = await frame.evaluate(() => ({
    plotBottom: Math.max(
      ...[...document.querySelectorAll("svg.chart-svg")].map((s) => s.getBoundingClientRect().bottom),
    ),
    view: document.documentElement.clientHeight,
    scroll: document.documentElement.scrollHeight,
    overflow: getComputedStyle(document.documentElement).overflowY,
  }));
  expect(box.plotBottom).toBeLessThanOrEqual(box.view);
  expect(box.overflow).not.toBe("hidden");
  await frame.locator("[data-embed-footer] a").scrollIntoViewIfNeeded();
  await expect(frame.locator("[data-embed-footer] a")).toBeInViewport();
  await page.close();
  await bare.close();
});

test("frames follow the host page when it is resized", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(host.url);
  await expectAllFit(page);
  for (const width of [320, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAllFit(page);
  }
});

test("a bad embed option is a 400 with a reason, an unknown chart a 404", async ({ request }) => {
  for (const query of ["theme=purple", "height=0", "height=abc", "footnotes=maybe", "height=5000"]) {
    const res = await request.get(`/embed/${CHART}?${query}`);
    expect(res.status(), query).toBe(400);
    expect(res.headers()["content-type"]).toContain("text/plain");
    expect(await res.text()).toMatch(/^Bad embed option: (theme|height|footnotes) /);
  }
  expect((await request.get("/embed/nope")).status()).toBe(404);
  expect((await request.get("/embed/nope?theme=dark")).status()).toBe(404);
  expect((await request.get(`/embed/${CHART}/variant`)).status()).toBe(404);
});

test("a repeat embed is answered by the server's fast path with Next.js's bytes and headers", async ({ request }) => {
  // A `v=` of its own: the first answer is surely made by Next.js, which stores it for the fast path.
  const since = Array.from({ length: 16 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  const url = `/embed/${CHART}?theme=dark&footnotes=hide&v=${since}`;
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  const again = await request.get(`/embed/${CHART}?footnotes=hide&height=640&theme=dark&v=${since}&utm_source=x`);
  expect(again.headers()["x-cache"]).toBe("HIT");
  expect((await again.body()).equals(await first.body())).toBe(true);
  // Hop-by-hop and framework bookkeeping aside, the same headers.
  const skip =
    /^(date|connection|keep-alive|transfer-encoding|content-length|x-cache|x-nextjs-cache|x-middleware-rewrite)$/;
  const kept = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([k]) => !skip.test(k)));
  expect(kept(again.headers())).toEqual(kept(first.headers()));
  const etag = first.headers()["etag"] ?? "";
  expect(etag).toMatch(/^"e-/);
  expect(first.headers()["x-data-version"]).toMatch(/^[0-9a-f]{16}$/);
  const cached = await request.get(url, { headers: { "If-None-Match": etag } });
  expect(cached.status()).toBe(304);
  const head = await request.head(url);
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toBe(etag);
  // A bad option is still Next.js's 400, never a stored page.
  expect((await request.get(`/embed/${CHART}?theme=dark&footnotes=hide&v=${since}&height=5`)).status()).toBe(400);
});

test("embeds may be framed anywhere; the dashboard's own pages only by itself", async ({ request }) => {
  for (const path of [`/embed/${CHART}`, `/embed/${CHART}?theme=dark`]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors *");
    expect(headers["x-frame-options"], path).toBeUndefined();
  }
  const own = (await request.get(`/stories/${story?.slug}`)).headers();
  expect(own["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(own["x-frame-options"]).toBe("SAMEORIGIN");
});

test("light (the default) and dark win over the reader's system; theme=auto follows it", async ({
  browser,
  baseURL,
}) => {
  const cases = [
    { scheme: "light", query: "?theme=dark", bg: "rgb(18, 20, 23)" },
    { scheme: "dark", query: "?theme=light", bg: "rgb(255, 255, 255)" },
    { scheme: "dark", query: "", bg: "rgb(255, 255, 255)" },
    { scheme: "dark", query: "?theme=auto", bg: "rgb(18, 20, 23)" },
    { scheme: "light", query: "?theme=auto", bg: "rgb(255, 255, 255)" },
  ] as const;
  for (const c of cases) {
    const page = await browser.newPage({ baseURL, colorScheme: c.scheme });
    await page.goto(`/embed/${CHART}${c.query}`);
    const bodyBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // The chart's palette variable, resolved to rgb() by a probe next to the chart.
    const chartBg = await page
      .locator("svg.chart-svg")
      .first()
      .evaluate((svg) => {
        const probe = document.createElement("span");
        probe.style.color = "var(--chart-bg)";
        svg.parentElement?.append(probe);
        const color = getComputedStyle(probe).color;
        probe.remove();
        return color;
      });
    expect(bodyBg, `${c.scheme} ${c.query}`).toBe(c.bg);
    expect(chartBg, `${c.scheme} ${c.query}`).toBe(c.bg);
    await page.close();
  }
});

test("footnotes=hide keeps every author on one line of sources", async ({ page, request }) => {
  const { footnotes } = (await (await request.get(`/charts/${CHART}.json`)).json()) as ChartJson;
  await page.goto(`/embed/${CHART}?footnotes=hide`);
  await expect(page.locator("li.footnote")).toHaveCount(0);
  const line = page.locator("[data-sources-line]");
  for (const f of footnotes) await expect(line).toContainText(f.author);
  await expect(page.locator("[data-embed-footer] a")).toBeVisible();
  // No mark points to a footnote that is not on the page.
  await expect(page.locator("svg.chart-svg [data-footnotes]:not([data-footnotes=''])")).toHaveCount(0);
  await expect(page.locator("svg.chart-svg a.chart-mark[href]")).toHaveCount(0);
});

test("height=<px> fixes the height and the content scrolls inside it", async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(`/embed/${CHART}?height=400`);
  const box = await page.locator(".embed").evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
  expect(box.client).toBe(400);
  expect(box.scroll).toBeGreaterThan(400);
  expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBe(400);
});

test("oEmbed answers for our chart URLs and refuses the rest", async ({ request, baseURL }) => {
  const ask = (url: string, extra = "") => request.get(`/oembed?url=${encodeURIComponent(url)}${extra}`);
  const res = await ask(`${baseURL}/stories/${story?.slug}#chart-${CHART}`, "&format=json&maxwidth=500");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ version: "1.0", type: "rich", width: 500, title: expect.any(String) });
  expect((await ask(`${baseURL}/stories/${story?.slug}`, "&format=xml")).status()).toBe(501);
  expect((await request.get("/oembed")).status()).toBe(400);
  expect((await ask("https://example.com/stories/x")).status()).toBe(404);
  expect((await ask(`${baseURL}/series/nope`)).status()).toBe(404);
  expect((await ask(`${baseURL}/sources`)).status()).toBe(404);
});

test("story, series and embed pages advertise their oEmbed endpoint", async ({ page, request }) => {
  for (const path of [`/stories/${story?.slug}`, SERIES_URL_PATH, `/embed/${CHART}`]) {
    await page.goto(path);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    expect(href, path).toBeTruthy();
    const res = await request.get(href ?? "");
    expect(res.status(), path).toBe(200);
  }
});

test("axe finds no violations on an embed, light or dark", async ({ browser, baseURL }) => {
  // Four full axe runs: more than the default 60 s when the machine is busy.
  test.setTimeout(180_000);
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ baseURL, colorScheme });
    const page = await context.newPage();
    for (const query of ["", "?footnotes=hide"]) {
      await page.goto(`/embed/${CHART}${query}`);
      // The chart marks' names ("…2021: $2.5B, source 1") do not contain their visible text with its footnote
      // superscript ("$2.5B1"); that is components/charts/chart-svg.tsx on every page, not the embed's to fix.
      const results = await new AxeBuilder({ page }).disableRules(["label-content-name-mismatch"]).analyze();
      expect(results.violations.map((v) => `${colorScheme}${query}: ${v.id}: ${v.nodes.length}`)).toEqual([]);
    }
    await context.close();
  }
});

/** Every response the embed page loads, with its transferred bytes (body as sent, compressed, plus headers). */
async function transfers(page: Page, url: string) {
  const seen: { url: string; type: string; bytes: number }[] = [];
  page.on("requestfinished", async (req) => {
    const sizes = await req.sizes();
    seen.push({ url: req.url(), type: req.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready);
  return seen;
}

test("an embed weighs at most 1 KB of JavaScript and 40 KB in all, fonts included", async ({ page }) => {
  for (const query of ["", "?theme=dark&footnotes=hide"]) {
    const seen = await transfers(page, `/embed/${CHART}${query}`);
    const html = await page.content();
    // The page's only script is inline; its weight is its gzip size inside the compressed HTML.
    const inline = await page.evaluate(() => [...document.scripts].map((s) => (s.src ? "" : s.text)).join(""));
    const { gzipSync } = await import("node:zlib");
    const js = gzipSync(inline).length + seen.filter((r) => r.type === "script").reduce((sum, r) => sum + r.bytes, 0);
    const total = seen.reduce((sum, r) => sum + r.bytes, 0);
    expect(html).not.toContain("/_next/");
    expect(seen.filter((r) => r.type === "font").length, query).toBe(2);
    expect(js, `${query}: JavaScript bytes`).toBeLessThanOrEqual(1024);
    expect(total, `${query}: total bytes ${JSON.stringify(seen)}`).toBeLessThanOrEqual(40 * 1024);
  }
});

test("embeds run only the script their CSP hash allows: no 'unsafe-inline' for scripts", async ({ page, request }) => {
  const headers = (await request.get(`/embed/${CHART}`)).headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = csp.split(/;\s*/).find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/^script-src 'sha256-[A-Za-z0-9+/]+=*'$/);
  expect(csp).toContain("default-src 'none'");
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`/embed/${CHART}?height=400`);
  // The height script ran (it sets the fixed height); an injected inline script does not.
  await expect(page.locator(".embed")).toHaveCSS("height", "400px");
  const ran = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.text = "window.__injected = 1";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __injected?: number }).__injected === 1;
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
  expect(violations.join("\n")).toContain("script-src");
});

test("an embed's fonts are its own subsets, cached for good", async ({ request, page }) => {
  await page.goto(`/embed/${CHART}`);
  const fonts = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((ls) => ls.map((l) => l.getAttribute("href") ?? ""));
  expect(fonts).toHaveLength(2);
  for (const href of fonts) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()["content-type"]).toBe("font/woff2");
    expect(res.headers()["cache-control"]).toContain("immutable");
    // The chart's characters plus printable ASCII (for a "figures changed" notice): ~12.4 KB per weight.
    expect((await res.body()).length).toBeLessThan(16_000);
  }
  expect((await request.get("/embed/fonts/nope-400-000000000000.woff2")).status()).toBe(404);
  expect((await request.get("/embed/fonts/x.txt")).status()).toBe(404);
});
