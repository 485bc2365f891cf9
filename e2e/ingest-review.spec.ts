// From a saved article page to figures on the site: ingest (the CLI), review with the keyboard on the
// review server, save, and read the new figures with their quotes and text-fragment links. A second run
// with an invalid edit shows the loader's message and changes neither data/ nor the database.
//
// The site is seen through `next dev` on a copy of data/ and a copy database: the production build
// prerenders pages from the database at build time, so it cannot show data saved after it; a second
// build for this one test would cost 2–4 minutes of CI, next dev compiles only the pages visited.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { expect, test, type Page } from "@playwright/test";

const BASE = Number(process.env.E2E_PORT ?? 3199);
const REVIEW_PORT = BASE + 3;
const DEV_PORT = BASE + 1;
const root = fileURLToPath(new URL("..", import.meta.url));
const fixture = join(root, "e2e", "fixtures", "ingest-article.html");
const tmp = mkdtempSync(join(tmpdir(), "e2e-ingest-"));
const dataDir = join(tmp, "data");
const dbUrl = `file:${join(tmp, "site.db")}`;
const env = { ...process.env, DATABASE_URL: dbUrl, REVIEW_DATA_DIR: dataDir, INGEST_DATA_DIR: dataDir };
const children: ChildProcess[] = [];

function start(args: string[], extra: Record<string, string>, ready: RegExp): Promise<string> {
  const child = spawn("npx", args, { cwd: root, env: { ...env, ...extra }, detached: true });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = ready.exec(out);
      if (m) resolve(m[0]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${args.join(" ")} exited ${code}: ${out}`)));
  });
}

function dirHash(dir: string): string {
  const hash = createHash("sha256");
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()))
    hash.update(join(f.parentPath, f.name)).update(readFileSync(join(f.parentPath, f.name)));
  return hash.digest("hex");
}
async function dbHash(): Promise<string> {
  const client = createClient({ url: dbUrl });
  const tables = ["sources", "series", "observations", "citations", "meta"];
  const rows = await Promise.all(tables.map((t) => client.execute(`select * from ${t} order by 1`)));
  client.close();
  return createHash("sha256")
    .update(JSON.stringify(rows.map((r) => r.rows)))
    .digest("hex");
}

async function newSeries(page: Page, title: string, measure: string, entities: string): Promise<void> {
  await page.keyboard.press("n");
  await expect(page.locator("#new-series [name=title]")).toBeFocused();
  await page.keyboard.type(title);
  await page.keyboard.press("Tab"); // slug, filled from the title
  await page.keyboard.press("Tab"); // unit, the candidate's
  await page.keyboard.press("Tab");
  await page.keyboard.type(measure);
  // topic (a select, first topic by default), kind (indicator by default), description, then entities
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  await page.keyboard.type(entities);
  await page.keyboard.press("Enter");
  await expect(page.locator("#new-series")).toBeHidden();
}

let reviewUrl = "";
test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

test.beforeAll(async () => {
  // Loading a database and starting two tsx processes takes more than the default minute on a busy machine.
  test.setTimeout(180_000);
  cpSync(join(root, "data"), dataDir, { recursive: true });
  execFileSync("npx", ["tsx", "scripts/load.ts"], { cwd: root, env });
  const out = execFileSync("npx", ["tsx", "scripts/ingest.ts", fixture], {
    cwd: root,
    env: { ...env, INGEST_OUT_DIR: tmp },
  }).toString();
  expect(out).toMatch(/6 candidate figures \(6 other numbers marked/);
  const draft = join(tmp, "ingest-article.draft.json");
  reviewUrl = await start(
    ["tsx", "scripts/review.ts", draft],
    { REVIEW_PORT: String(REVIEW_PORT) },
    /http:\S+token=\S+/,
  );
});

test.afterAll(() => {
  for (const child of children) if (child.pid) process.kill(-child.pid, "SIGTERM");
});

test("review with the keyboard, save, and see the figures on the site", async ({ page, browser }) => {
  await page.goto(reviewUrl);
  const list = page.locator("#candidates > li");
  await expect(list).toHaveCount(12);
  // Comments, the caption and the navigation are not the article.
  await expect(page.locator("#article")).not.toContainText("900 million");
  await expect(page.locator("#article")).not.toContainText("777,000");
  await expect(list.nth(0)).toContainText("not a figure: year");
  await expect(list.nth(1)).toBeFocused(); // $412 million, the first to review

  await newSeries(page, "Russian wheat imports to Georgia", "import-value", "RU:supplier, GE:recipient");
  await page.keyboard.press("a");
  await expect(list.nth(2)).toBeFocused(); // "as much as 96 percent": proposed exact
  await expect(list.nth(2).locator("[name=bound]")).toHaveValue("exact");
  await newSeries(page, "Russian share of Georgia's wheat imports", "import-share", "RU:supplier, GE:recipient");
  for (let i = 0; i < 3; i++) await page.keyboard.press("b");
  await expect(list.nth(2).locator("[name=bound]")).toHaveValue("max");
  await page.keyboard.press("m"); // a share at a moment of the year: the period kind becomes uncertain
  await expect(list.nth(2).locator("[name=periodKind]")).toHaveValue("uncertain");
  await page.keyboard.press("a");
  await page.keyboard.press("j"); // past the year 2020
  await page.keyboard.press("r"); // "grown by 38%": rejected
  await expect(list.nth(4)).toHaveAttribute("data-status", "rejected");
  await page.keyboard.press("x"); // "some 1.2 million tonnes": marked not a figure
  await expect(list.nth(5)).toHaveAttribute("data-status", "not-a-figure");
  await page.keyboard.press("Control+Enter");
  await expect(page.locator("#saved")).toContainText("Saved and loaded", { timeout: 30_000 });
  const saved = readFileSync(join(dataDir, "observations", "testadze-2025-georgias-grain.yaml"), "utf8");
  expect(saved).toMatch(/"?periodKind"?: "?uncertain"?/);

  const dev = await start(
    ["next", "dev", "-p", String(DEV_PORT), "-H", "127.0.0.1"],
    { SITE_URL: `http://127.0.0.1:${DEV_PORT}`, NEXT_TELEMETRY_DISABLED: "1" },
    /Ready in|ready started|Local:/,
  );
  expect(dev).toBeTruthy();
  const site = await browser.newPage();
  const quote = "Georgia imported wheat worth $412 million from Russia";
  await site.goto(`http://127.0.0.1:${DEV_PORT}/series/russian-wheat-imports-to-georgia`, { timeout: 180_000 });
  await expect(site.locator("main")).toContainText(quote, { timeout: 60_000 });
  const link = site.locator("a[href*='#:~:text=']").first();
  const href = (await link.getAttribute("href")) ?? "";
  expect(href.startsWith("https://example.org/articles/georgia-grain-imports#:~:text=")).toBe(true);
  // The fragment lands on the article's words: its start and end are in the saved page's text.
  await site.route("https://example.org/**", (r) =>
    r.fulfill({ contentType: "text/html", body: readFileSync(fixture) }),
  );
  await site.goto(href);
  const text = (await site.locator("article").innerText()).replace(/\s+/g, " ");
  const [startText, endText] = decodeURIComponent(href.split("#:~:text=")[1] ?? "").split(",");
  expect(text).toContain(startText);
  expect(text.indexOf(endText ?? "")).toBeGreaterThan(text.indexOf(startText ?? ""));

  // A page next dev has just compiled can take more than the default 5 s to settle on a loaded machine: once
  // the page held both figures but the count was never read (Received: undefined), so the checks wait longer.
  await site.goto(`http://127.0.0.1:${DEV_PORT}/sources/testadze-2025-georgias-grain`, { timeout: 180_000 });
  await expect(site.locator("[data-observation]")).toHaveCount(2, { timeout: 60_000 });
  await expect(site.locator("main")).toContainText("≤ 96%", { timeout: 60_000 });
});

test("an invalid edit shows the loader's message and changes nothing", async ({ page }) => {
  const [files, rows] = [dirHash(dataDir), await dbHash()];
  await page.goto(reviewUrl);
  await page.locator("#source [name=id]").fill("testadze-2025-second-look");
  const first = page.locator("#candidates > li").nth(1);
  await first.focus();
  await first.locator("[name=series]").selectOption("russian-wheat-imports-to-georgia");
  await first.focus();
  await page.keyboard.press("e");
  await page.keyboard.type("412");
  await page.keyboard.press("Escape");
  await page.keyboard.press("a");
  await page.keyboard.press("Control+Enter");
  await expect(page.locator("#errors")).toContainText(
    "data/observations/testadze-2025-second-look.yaml: russian-wheat-imports-to-georgia/2024/testadze: citations[0].quote: the quote does not state 412",
  );
  expect(dirHash(dataDir)).toBe(files);
  expect(await dbHash()).toBe(rows);
});
