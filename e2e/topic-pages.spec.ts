// The home and topic pages list a page of each topic's series (issue 10 §4): at the real data's size every
// series still fits on the home page and on its topic's one page, with no pager; a page number that is not
// one, or past the last page, is a plain 404, never a 500.
import { expect, test } from "@playwright/test";
import { allSlugs } from "./db";

test("the home page still lists every series of the real data, with no 'all series' links", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("section[data-topic] tr[data-series]")).toHaveCount((await allSlugs()).series.length);
  await expect(page.locator("[data-topic-more]")).toHaveCount(0);
});

test("a topic's only page lists all its series, without a pager; ?page=1 is that page", async ({ page }) => {
  await page.goto("/topics/conflict-and-diplomacy");
  const rows = await page.locator("tr[data-series]").count();
  expect(rows).toBeGreaterThan(1);
  await expect(page.locator("nav[aria-label='Pages of this topic']")).toHaveCount(0);
  const first = await page.goto("/topics/conflict-and-diplomacy?page=1");
  expect(first?.status()).toBe(200);
  await expect(page.locator("tr[data-series]")).toHaveCount(rows);
});

test("a page past the last, or a page number that is not one, is not found", async ({ request }) => {
  for (const q of ["page=2", "page=0", "page=-1", "page=1.5", "page=01", "page=abc", "page=", "page=1&page=2"]) {
    const res = await request.get(`/topics/trade?${q}`);
    expect(res.status(), q).toBe(404);
    const body = await res.text();
    expect(body, q).toContain("There is no page at this address");
    // The server-rendered 404 page, not Next.js's empty error shell (a blank page until scripts run).
    expect(body, q).not.toContain('id="__next_error__"');
  }
});
