import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { statedValue } from "../lib/model/precision";
import { STORIES } from "../lib/registry/stories";
import { allSlugs, observationsOf } from "./db";

for (const story of STORIES) {
  for (const chart of story.charts) {
    test(`${story.slug}: the chart draws one mark per value in the database`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/stories/${story.slug}`);
      const expected = await observationsOf(chart.series);
      const figure = page.locator(`#chart-${chart.id}`);
      await expect(figure.locator("[data-chart-wide] [data-mark]")).toHaveCount(expected.length);
      const rows = figure.locator("table[data-chart-table] tbody tr");
      await expect(rows).toHaveCount(expected.length);
      for (const o of expected) {
        const row = figure.locator(`tr[data-observation="${o.id}"]`);
        // At the precision its article supports: "≈ $4.3B" is 4300000000, never the unrounded derivation.
        await expect(row).toHaveAttribute("data-value", String(statedValue(o.value, o.precision)));
        await expect(row).toHaveAttribute("data-bound", o.bound);
      }
    });

    test(`${story.slug}: every footnote number resolves to a footnote with an existing source`, async ({
      page,
      request,
    }) => {
      await page.goto(`/stories/${story.slug}`);
      const figure = page.locator(`#chart-${chart.id}`);
      const refs = await figure
        .locator("table a[href^='#fn-']")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(refs.length).toBeGreaterThan(0);
      for (const href of new Set(refs)) {
        const note = page.locator(href);
        await expect(note).toHaveCount(1);
        const sourceLink = await note.locator("a[href^='/sources/']").getAttribute("href");
        expect(sourceLink).toBeTruthy();
        expect((await request.get(sourceLink ?? "")).status()).toBe(200);
      }
    });
  }
}

test("on a narrow screen the narrow chart shows and the wide one hides", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/stories/russia-armenia-trade");
  await expect(page.locator("[data-chart-narrow] svg").first()).toBeVisible();
  await expect(page.locator("[data-chart-wide] svg").first()).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("no page scrolls sideways on a narrow screen, long links and words included", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const pages = [
    "/",
    "/explore?series=ru-am-trade-turnover~in-am-defence-contracts~ru-share-am-arms-imports&time=2015..2024&note=x",
    "/series/ru-am-trade-turnover",
    `/search?q=Gyumri%20${"x".repeat(120)}`,
    "/developers",
  ];
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("keyboard focus moves through the chart's values", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/stories/russia-armenia-trade");
  const marks = page.locator("[data-chart-wide] [data-mark]");
  await marks.first().focus();
  await expect(marks.first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(marks.nth(1)).toBeFocused();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on any page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const { series, sources } = await allSlugs();
    const paths = [
      "/",
      "/sources",
      ...STORIES.map((s) => `/stories/${s.slug}`),
      `/series/${series[0]}`,
      `/sources/${sources[0]}`,
      "/no-such-page",
    ];
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      violations.push(
        ...results.violations.map(
          (v) =>
            `${path}: ${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(" | ")}`,
        ),
      );
    }
    expect(violations).toEqual([]);
  });
}

test("unknown slugs get a real 404 page", async ({ request }) => {
  for (const path of ["/stories/nope", "/series/nope", "/sources/nope", "/nope", "/stories/..%2F..%2Fetc%2Fpasswd"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text()).toContain("Not found");
  }
});

test("every series and source page answers", async ({ request }) => {
  const { series, sources } = await allSlugs();
  for (const slug of series) expect((await request.get(`/series/${slug}`)).status(), slug).toBe(200);
  for (const id of sources) expect((await request.get(`/sources/${id}`)).status(), id).toBe(200);
});

test("the interactive chart loads on request and draws every value", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/stories/russia-armenia-trade");
  const figure = page.locator("#chart-russia-armenia-trade");
  await figure.getByRole("button", { name: "Explore interactively" }).click();
  const chart = figure.locator("[data-interactive-chart] .recharts-surface");
  await expect(chart).toBeVisible();
  const expected = await observationsOf(["ru-am-trade-turnover", "ru-ir-trade-turnover"]);
  await expect(figure.locator("[data-interactive-chart] [data-imark]")).toHaveCount(expected.length);
});

test("the interactive view draws uncertain moments dotted, as the static chart does, without a page error", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/stories/armenia-arms-dependence");
  const figure = page.locator("#chart-armenia-arms-dependence");
  await figure.getByRole("button", { name: "Explore interactively" }).click();
  const chart = figure.locator("[data-interactive-chart] .recharts-surface");
  await expect(chart).toBeVisible();
  // Two figures on this chart are dated only vaguely ("a few years ago", "as of 2025"): dotted, never a bar.
  const dotted = await chart
    .locator("[data-imark] line")
    .evaluateAll(
      (lines) => lines.filter((l) => getComputedStyle(l).strokeDasharray.replace(/px|,/g, "") === "1 4").length,
    );
  expect(dotted).toBe(2);
  const box = await chart.boundingBox();
  if (!box) throw new Error("no chart box");
  for (let x = box.x + 70; x < box.x + box.width - 10; x += 40) await page.mouse.move(x, box.y + box.height * 0.2);
  expect(errors).toEqual([]);
});
