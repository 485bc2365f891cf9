// The data API through the real server, proxy included: refusals made before routing (write methods, a
// non-UTF-8 address) are problem+json like every other API error; HEAD, CORS and ETag work end to end.
import { expect, test } from "@playwright/test";

test("refuses writes before routing with problem+json and Allow", async ({ request }) => {
  for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
    const res = await request.fetch("/api/v1/series", { method, data: "{}", failOnStatusCode: false });
    expect(res.status(), method).toBe(405);
    expect(res.headers()["content-type"]).toContain("application/problem+json");
    expect(res.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    expect((await res.json()).status).toBe(405);
  }
});

test("answers a non-UTF-8 address with a 400 problem", async ({ request }) => {
  const res = await request.get("/api/v1/series/%C3%28", { failOnStatusCode: false });
  expect(res.status()).toBe(400);
  expect(res.headers()["content-type"]).toContain("application/problem+json");
});

test("serves JSON, CSV, 304 and CORS", async ({ request }) => {
  const res = await request.get("/api/v1/series/ru-am-trade-turnover");
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  const body = await res.json();
  expect(body.observations.length).toBeGreaterThan(0);
  const etag = res.headers()["etag"] ?? "";
  const again = await request.get("/api/v1/series/ru-am-trade-turnover", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  const csv = await request.get("/api/v1/observations.csv?series=ru-am-trade-turnover");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\n")[0]).toContain("citation1_quote");
  const head = await request.head("/api/v1/sources");
  expect(head.status()).toBe(200);
});

test("the developers page shows live examples and the search page marks matches", async ({ page }) => {
  await page.goto("/developers");
  await expect(page.getByRole("heading", { name: "GET /api/v1/observations" })).toBeVisible();
  await expect(page.locator("pre").first()).toContainText('"openapi"');
  await page.goto("/search?q=Gyumri");
  await expect(page.locator("mark").first()).toHaveText(/Gyumri/i);
  // Every figure found leads to its sentence in the article (or says the article has no address).
  const figures = page.locator("li:has(blockquote)");
  const count = await figures.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const item = figures.nth(i);
    const link = item.getByRole("link", { name: /Open the sentence in the article/ });
    if ((await link.count()) === 0) await expect(item).toContainText("No web address of its own");
    else expect(await link.getAttribute("href")).toContain("#:~:text=");
  }
  // Typed letter by letter, a word keeps its rows; a number is found as the article wrote it.
  for (const q of ["plann", "3000"]) {
    await page.goto(`/search?q=${q}`);
    await expect(page.getByRole("status")).toHaveText(/^\d+ results? for/);
  }
});
