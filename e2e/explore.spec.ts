import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readPngMeta } from "../lib/chart/png-meta";
import { parseCsv } from "./csv";

// Three series in two units: two in US dollars share a panel, the percentage gets its own.
const PICKS = [
  { type: "Armenia trade turnover", slug: "ru-am-trade-turnover" },
  { type: "Iran trade volume", slug: "ru-ir-trade-turnover" },
  { type: "share arms", slug: "ru-share-am-arms-imports" },
];
const TITLE = `<script>window.__pwned = 1</script> Trade & “arms”`;

type Footnote = { n: number; author: string; quote: string };
type ChartJson = { chart: { title: string; panels: { unit: string }[] }; values: unknown[]; footnotes: Footnote[] };

/** Tab (only the keyboard) until the element with this id has focus. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Types into the focused picker and moves with the arrow keys to the wanted series, then Enter. */
async function pick(page: Page, text: string, slug: string): Promise<void> {
  // The answer for the whole text, not one for a prefix typed on the way.
  const answered = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === "/explore/suggest" && url.searchParams.get("q") === text;
  });
  await page.keyboard.type(text, { delay: 20 });
  await answered;
  const option = page.locator(`[role=option][data-slug="${slug}"]`);
  await expect(option).toBeVisible();
  for (let i = 0; i < 10 && (await option.getAttribute("aria-selected")) !== "true"; i++)
    await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page.locator(`[data-chosen] li[data-slug="${slug}"]`)).toBeVisible({ timeout: 30_000 });
}

/** What a reader sees of the chart: every panel of the wide layout, the notes and the footnotes. */
async function chartSnapshot(page: Page): Promise<string> {
  const svg = await page.locator("#chart-explore [data-chart-wide] svg").innerHTML();
  const sources = await page.locator("#chart-explore section[aria-label=Sources]").innerText();
  return `${svg}\n${sources}`;
}

test("a comparison of three series in two units, built with the keyboard alone, travels with every footnote", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000); // many steps on a shared, loaded machine
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/explore");
  await tabTo(page, "explore-add");
  for (const p of PICKS) await pick(page, p.type, p.slug);
  await expect(page).toHaveURL(new RegExp(`series=${PICKS.map((p) => p.slug).join("~")}$`));
  await expect(page.locator("#chart-explore [data-chart-wide] svg [data-role=axis]")).toHaveCount(2);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);

  await tabTo(page, "explore-title");
  await page.keyboard.type(TITLE);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/&title=/);
  const title = page.locator("[data-explore-title]");
  await expect(title).toHaveText(TITLE);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("script", { hasText: "__pwned" }).count()).toBe(0);

  // The link alone reproduces the chart; back and forward move between states.
  const url = page.url();
  const before = await chartSnapshot(page);
  await page.reload();
  expect(await chartSnapshot(page)).toBe(before);
  await page.goBack();
  await expect(title).not.toHaveText(TITLE);
  await page.goForward();
  await expect(title).toHaveText(TITLE);
  expect(errors).toEqual([]);

  const query = new URL(url).search.slice(1);
  const json = (await (await request.get(`/explore/chart.json?${query}`)).json()) as ChartJson;
  expect(json.chart.title).toBe(TITLE);
  expect(json.chart.panels.map((p) => p.unit)).toEqual(["USD", "percent"]);
  expect(json.footnotes.length).toBeGreaterThan(2);

  // Embed: the code from the share panel, opened as another site would.
  const code = await page.locator("#share-explore-embed").inputValue();
  expect(code).toContain("&lt;script&gt;");
  const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, "&") ?? "";
  expect(src).toContain(`${baseURL}/explore/embed?`);
  await page.goto(src);
  await expect(page.locator("h1")).toHaveText(TITLE);
  const embedText = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  for (const f of json.footnotes) {
    expect(embedText).toContain(f.author);
    expect(embedText).toContain(f.quote.replace(/\s+/g, " "));
  }

  // PNG: drawn from the same scene as the SVG, which writes out every footnote; its metadata names them all.
  const png = await request.get(`/explore/chart.png?${query}`);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const meta = readPngMeta(Buffer.from(await png.body()));
  expect(meta.text.Title).toBe(TITLE);
  for (const f of json.footnotes) expect(meta.text.Comment).toContain(`${f.n}. ${f.author}`);
  const svg = await (await request.get(`/explore/chart.svg?${query}`)).text();
  expect(svg).not.toContain("<script>");
  expect(svg).toContain("&lt;script&gt;");
  const svgText = svg.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
  for (const f of json.footnotes) expect(svgText).toContain(`${f.n}.`);

  // CSV: one row per value, every footnote's sentence in its row.
  const rows = parseCsv(await (await request.get(`/explore/chart.csv?${query}`)).text()).filter((r) => r.length > 1);
  const [head, ...body] = rows;
  expect(body).toHaveLength(json.values.length);
  const quotes = body.map((r) => r[head?.indexOf("quotes") ?? -1] ?? "").join(" ");
  for (const f of json.footnotes) expect(quotes).toContain(f.quote);

  // oEmbed of the permalink.
  const oembed = await request.get(`/oembed?url=${encodeURIComponent(url)}&format=json`);
  expect(oembed.status()).toBe(200);
  const answer = (await oembed.json()) as { title: string; html: string };
  expect(answer.title).toBe(TITLE);
  expect(answer.html).toContain(`${baseURL}/explore/embed?`);
  expect(answer.html).not.toContain("<script>window");
});

test("the explorer works without JavaScript: a plain form adds a series by name", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/explore?series=ru-am-trade-turnover");
  await page.locator("#explore-add").fill("Russia–Iran reported trade volume");
  await page.locator("#explore-from").fill("2015");
  await page.getByRole("button", { name: "Show chart" }).click();
  await expect(page).toHaveURL(/\/explore\?series=ru-am-trade-turnover~ru-ir-trade-turnover&time=2015\.\.$/);
  await expect(page.locator("#chart-explore [data-chart-wide] svg")).toHaveCount(1);
  await page.locator("#explore-add").fill("trade");
  await page.getByRole("button", { name: "Show chart" }).click();
  await expect(page.getByRole("region", { name: "Matching series" }).getByRole("link").first()).toBeVisible();
  await context.close();
});

test("a wrong state is said on the page and refused by the files, never a 500", async ({ page, request }) => {
  const response = await page.goto("/explore?series=ru-am-trade-tunrover~ru-ir-trade-turnover&time=2025..2011");
  expect(response?.status()).toBe(200);
  const alert = page.locator("[data-explore-errors]");
  await expect(alert).toContainText("did you mean “ru-am-trade-turnover”");
  await expect(alert).toContainText("ends (2011) before it starts (2025)");
  for (const q of [
    "series=nope",
    "series=ru-am-trade-turnover&time=x",
    `series=ru-am-trade-turnover&title=${"x".repeat(101)}`,
    "series=a~b~c~d~e~f~g",
    "",
    "series=ru-am-trade-turnover&width=9",
  ]) {
    const r = await request.get(`/explore/chart.png?${q}`);
    expect(r.status(), q).toBe(400);
  }
});

test("an embed that cannot be drawn says why, with 404 for series that do not exist and 400 otherwise", async ({
  request,
}) => {
  const cases: [string, number, string][] = [
    ["series=ru-am-trade-turnover~ru-ir-trade-turnover", 200, "Russia–Armenia trade turnover"],
    ["series=ru-am-trade-tunrover", 404, "did you mean “ru-am-trade-turnover”"],
    ["series=ru-am-trade-turnover~no-such-series", 404, "there is no series “no-such-series”"],
    ["series=ru-am-trade-turnover&theme=purple", 400, "theme must be light, dark or auto"],
    ["series=ru-am-trade-turnover&time=x", 400, "This chart cannot be shown"],
    ["", 400, "no series chosen"],
  ];
  for (const [q, status, text] of cases) {
    const r = await request.get(`/explore/embed?${q}`);
    expect(r.status(), q).toBe(status);
    const body = await r.text();
    expect(body, q).toContain(text);
    // It says the mistake, not the explorer page's repair of it: nothing was drawn, so nothing was left out.
    expect(body, q).not.toMatch(/left out|are kept/);
  }
});

// A reader may press Tab before the picker's script has run or after: either way the keyboard goes on from
// the list of series, and the script, once it runs, leaves a reader who moved on where they are.
for (const slowScripts of [false, true])
  test(`removing a series with the keyboard leaves the reader in the list of series (${slowScripts ? "before" : "after"} the scripts run)`, async ({
    page,
  }) => {
    if (slowScripts)
      await page.route("**/_next/static/**/*.js", async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
    await page.goto(`/explore?series=${PICKS.map((p) => p.slug).join("~")}`);
    const removeLabel = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    for (let i = 0; i < 80 && !(await removeLabel()).startsWith("Remove"); i++) await page.keyboard.press("Tab");
    expect(await removeLabel()).toMatch(/^Remove /);
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-chosen] li")).toHaveCount(PICKS.length - 1);
    await expect(page.locator("#explore-series")).toBeFocused();
    if (!slowScripts) await page.waitForLoadState("networkidle");
    // The next Tab reaches the next Remove link, not the skip link at the top of the page.
    await page.keyboard.press("Tab");
    expect(await removeLabel()).toMatch(/^Remove /);
    await page.waitForLoadState("networkidle");
    expect(await removeLabel()).toMatch(/^Remove /);
  });
