// Honest precision and time on real pages (issue 9): a vaguely dated figure, a range, a derived value at its
// precision, a single figure shown as a fact, and the home page grouped by topic.
import { expect, test } from "@playwright/test";

test("a vaguely dated figure is a moment within its period, said in words and drawn dotted", async ({ page }) => {
  await page.goto("/stories/armenia-arms-dependence");
  const table = page.locator("table[data-chart-table]").first();
  await expect(table).toContainText("some time in 2020–2023");
  await expect(table).toContainText("a moment within 2020–2023, not the whole period");
  const mark = page.locator('.chart-mark[aria-label*="some time in 2020–2023"]').first();
  await expect(mark).toHaveCount(1);
  // The legend explains the dotted mark, and no whole-period bar stands for the vague figure.
  await expect(page.getByText("a moment somewhere within the dotted period").first()).toBeVisible();
});

test("a derived value is shown at its inputs' precision and says its inputs come from different articles", async ({
  page,
}) => {
  await page.goto("/stories/russia-armenia-trade");
  const row = page.locator('tr[data-observation="ru-am-trade-turnover/2022"]').first();
  await expect(row).toContainText("≈ $4.3B");
  await expect(row).not.toContainText("4.25");
  await expect(row).toContainText("Rounded to 2 significant figures");
  await expect(row).toContainText("Its inputs come from different articles");
  await expect(page.locator("[data-derived-figure]").first()).toContainText("≈ 5×");
});

test("a single-figure series is a fact with its sentence, not a one-point chart; a range reads as a range", async ({
  page,
}) => {
  await page.goto("/series/ru-nk-proposal-rejection-years");
  await expect(page.locator("[data-fact]")).toHaveCount(1);
  await expect(page.locator("[data-fact-value]")).toHaveText("10–15 years");
  await expect(page.locator("[data-fact] blockquote")).toContainText("10-15 years");
  await expect(page.locator("figure.chart-figure")).toHaveCount(0);
});

test("the home page groups every series by topic, indicators first, and each topic has a page", async ({ page }) => {
  await page.goto("/");
  const topics = page.locator("section[data-topic]");
  await expect(topics).toHaveCount(5);
  await expect(topics.first()).toHaveAttribute("data-topic", "trade");
  const response = await page.goto("/topics/arms-transfers");
  expect(response?.status()).toBe(200);
  await expect(page.locator("tr[data-series]").first()).toHaveAttribute("data-kind", "indicator");
});

test("every latest figure on the home page leads to its sentences on its series page", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  const links = page.locator('td[data-label="Latest"] a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBe(await page.locator("tr[data-series]").count());
  for (const [i, href] of hrefs.entries()) {
    const [path, id] = href.split("#");
    expect(id, href).toMatch(/^figure-/);
    // Clicked, as a reader does: the figure must be the page's target, marked, not only scrolled to.
    if (i > 0) await page.goto("/");
    await links.nth(i).click();
    await expect(page).toHaveURL((url) => url.pathname === path && url.hash === `#${id}`);
    const figure = page.locator(`[id="${id}"]`);
    await expect(figure, href).toHaveCount(1);
    await expect(figure, href).toBeInViewport();
    // A table row cites its sources by footnote, each on the page and quoting a sentence; a card quotes it.
    const footnotes = await figure
      .locator('a[href^="#fn-"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    if (footnotes.length === 0) await expect(figure.locator("blockquote").first(), href).toBeVisible();
    for (const fn of footnotes) await expect(page.locator(`[id="${fn?.slice(1)}"]`), href).toContainText("“");
    await expect(figure, href).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  }
});

test("story cards on the home page carry no footnote numbers whose footnotes are not on the page", async ({ page }) => {
  await page.goto("/");
  const cardText = await page.locator("ul li svg").first().textContent();
  expect(cardText ?? "").not.toMatch(/\$[\d.]+B\s*\d/);
});

test("a source page links each of its quotes to the sentence in the article, as the chart footnotes do", async ({
  page,
}) => {
  await page.goto("/sources/cutler-2024-military-dependence");
  const figures = page.locator("li[data-observation]");
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    const quotes = await figure.locator("blockquote").count();
    const links = figure.getByRole("link", { name: "Open the sentence in the article" });
    await expect(links).toHaveCount(quotes);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")))
      expect(href).toMatch(/^https:\/\/cacianalyst\.org\/.+#:~:text=/);
  }
  // The troops figure's deep link is the chart footnote's: the whole sentence, not only the quoted clause.
  const troops = page.locator('li[data-observation="ru-am-gyumri-troops/2024"] a[href*="#:~:text="]');
  await expect(troops).toHaveAttribute(
    "href",
    /#:~:text=The%20Gyumri%20military%20base,squadron%20of%20attack%20helicopters\.$/,
  );
  // An article with no web address of its own gets no link that would lead elsewhere.
  await page.goto("/sources/avdaliani-2023-cepa");
  await expect(page.getByRole("link", { name: "Open the sentence in the article" })).toHaveCount(0);
});
