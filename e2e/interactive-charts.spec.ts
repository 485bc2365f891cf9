// The interactive view on every page that has a chart (from the sitemap): opened, every mark hovered and
// reached with the arrow keys, each tooltip checked against the static chart's mark names, its value
// table and its footnotes; any page error or console error fails the page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const SHARDS = 4;
test.describe.configure({ mode: "parallel" });

async function chartPages(baseURL: string): Promise<string[]> {
  const xml = await (await fetch(new URL("/sitemap.xml", baseURL))).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
  return paths.filter((p) => p === "/" || /^\/(stories|series|topics)\//.test(p));
}

/** A point inside the mark that the mark itself is on top at, as a reader's pointer would find it. */
async function hoverPoint(page: Page, chartId: string, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([chart, mark]) => {
      const root = document.querySelector(`[data-interactive-chart="${chart}"]`);
      const el = [...(root?.querySelectorAll<SVGElement>("[data-imark]") ?? [])].find((m) => m.dataset.imark === mark);
      if (!el) return null;
      el.scrollIntoView({ block: "center" });
      const box = el.getBoundingClientRect();
      for (let fy = 0.5, i = 0; i < 9; i++, fy = 0.1 + i * 0.1)
        for (let fx = 0.5, j = 0; j < 9; j++, fx = 0.1 + j * 0.1) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          if (el.contains(document.elementFromPoint(x, y))) return { x, y };
        }
      return null;
    },
    [chartId, id],
  );
  expect(point, `mark ${id} of ${chartId} can be pointed at`).not.toBeNull();
  return point ?? { x: 0, y: 0 };
}

/** What the static chart and its table say about a mark. */
async function staticMark(page: Page, chartId: string, id: string) {
  const figure = page.locator(`[id="chart-${chartId}"]`);
  const mark = figure.locator(`[data-chart-wide] [data-mark="${id}"]`);
  const row = figure.locator(`tr[data-observation="${id}"]`);
  const kindCell = row.locator("td[data-label='Kind']");
  return {
    ariaLabel: (await mark.getAttribute("aria-label")) ?? "",
    footnotes: (await mark.getAttribute("data-footnotes")) ?? "",
    description: (await row.locator("td[data-label='Value']").getAttribute("title")) ?? "",
    kindLines: (await kindCell.evaluate((td) => (td as HTMLElement).innerText)).split("\n").filter(Boolean),
  };
}

async function checkTooltip(page: Page, chartId: string, id: string): Promise<void> {
  const tip = page.locator(`[data-interactive-chart="${chartId}"] [role=tooltip]`);
  await expect(tip).toHaveAttribute("data-tooltip-for", id);
  await expect(tip).toBeVisible();
  const s = await staticMark(page, chartId, id);
  const mark = page.locator(`[data-interactive-chart="${chartId}"] [data-imark="${id}"]`);
  expect(await mark.getAttribute("aria-label")).toBe(s.ariaLabel);
  expect(await mark.getAttribute("data-footnotes")).toBe(s.footnotes);
  // Value as bounded and period: the table's words; the kind and every qualifying line (formula, vague date).
  await expect(tip.locator("[data-tooltip-value]")).toHaveText(s.description);
  const who = (await tip.locator("[data-tooltip-who]").allInnerTexts())[0];
  // The static mark's name is "[who, ]description, source(s) …": the tooltip says the same.
  expect(s.ariaLabel.replace(/, (no source|sources? [\d, and]+)$/, "")).toBe(
    who ? `${who}, ${s.description}` : s.description,
  );
  const lines = [
    await tip.locator("[data-tooltip-kind]").innerText(),
    ...(await tip.locator("[data-tooltip-detail]").allInnerTexts()),
  ];
  expect(lines).toEqual(s.kindLines);
  const sources = tip.locator("[data-tooltip-source]");
  expect((await sources.evaluateAll((li) => li.map((l) => l.getAttribute("data-tooltip-source")))).join(" ")).toBe(
    s.footnotes,
  );
  for (const li of await sources.all()) {
    const n = await li.getAttribute("data-tooltip-source");
    const line = (await li.innerText()).replace(/^\[\d+\]\s*/, "");
    const footnote = await page.locator(`[id="fn-${chartId}-${n}"]`).innerText();
    expect(footnote.replace(/\s+/g, " ")).toContain(line.replace(/\s+/g, " "));
  }
}

async function exploreChart(page: Page, chartId: string): Promise<void> {
  await page.locator(`[data-explore="${chartId}"]`).click();
  const view = page.locator(`[data-interactive-chart="${chartId}"]`);
  const marks = view.locator("[data-imark]");
  const ids = await page
    .locator(`[id="chart-${chartId}"] [data-chart-wide] [data-mark]`)
    .evaluateAll((ms) => ms.map((m) => m.getAttribute("data-mark") ?? ""));
  await expect(marks).toHaveCount(ids.length);
  // The view takes the static chart's place.
  await expect(page.locator(`[id="chart-${chartId}"] [data-chart-wide] svg`)).toBeHidden();

  for (const id of ids) {
    const at = await hoverPoint(page, chartId, id);
    await page.mouse.move(at.x, at.y);
    await checkTooltip(page, chartId, id);
  }
  await page.mouse.move(0, 0);

  // Keyboard: one tab stop, then the arrow keys reach every mark, each with its tooltip.
  await view.locator("[data-imark][tabindex='0']").focus();
  await page.keyboard.press("Home");
  const seen: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (i > 0) await page.keyboard.press("ArrowRight");
    const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.imark ?? "");
    seen.push(id);
    await checkTooltip(page, chartId, id);
  }
  expect([...seen].sort()).toEqual([...ids].sort());
  await expect(view.locator("[data-imark][tabindex='0']")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(view.locator("[role=tooltip]")).toHaveCount(0);
}

for (let shard = 0; shard < SHARDS; shard++) {
  test(`interactive view on every chart page, part ${shard + 1} of ${SHARDS}`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    const pages = (await chartPages(baseURL ?? "")).filter((_, i) => i % SHARDS === shard);
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) {
      await page.goto(path);
      const charts = await page
        .locator("[data-explore]")
        .evaluateAll((bs) => bs.map((b) => b.getAttribute("data-explore") ?? ""));
      for (const chartId of charts) await exploreChart(page, chartId);
      expect(errors, path).toEqual([]);
    }
  });
}

test("every chart kind opens with its labels, events and series key", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const cases = [
    { path: "/stories/india-pakistan-arms", chart: "india-pakistan-arms", kind: "bars" },
    { path: "/stories/armenia-arms-dependence", chart: "armenia-arms-dependence", kind: "time" },
    { path: "/stories/russia-armenia-trade", chart: "russia-armenia-trade", kind: "time" },
  ];
  for (const c of cases) {
    await page.goto(c.path);
    await page.locator(`[data-explore="${c.chart}"]`).click();
    const view = page.locator(`[data-interactive-chart="${c.chart}"]`);
    await expect(view).toHaveAttribute("data-kind", c.kind);
    // Each value's label as the static chart writes it ("≤ $4B"), from the table's Value column.
    const labels = await page
      .locator(`[id="chart-${c.chart}"] td[data-label='Value']`)
      .evaluateAll((tds) => tds.map((td) => td.textContent ?? ""));
    const text = await view.locator("svg.recharts-surface").evaluate((svg) => svg.textContent ?? "");
    for (const label of labels) expect(text).toContain(label);
  }
  // Events of the static chart, with their dates; the series key of a chart with two series.
  await page.goto("/stories/armenia-arms-dependence");
  await page.locator("[data-explore]").first().click();
  await expect(page.locator("[data-annotations]")).toContainText("44-day war");
  await page.goto("/stories/russia-armenia-trade");
  await page.locator("[data-explore]").first().click();
  await expect(page.getByRole("list", { name: "Series" })).toContainText("Russia–Iran");
  // With a tooltip open, the view passes axe as the static chart does.
  await page.locator("[data-interactive-chart] [data-imark][tabindex='0']").focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
  const axe = await new AxeBuilder({ page }).include("[data-interactive-chart]").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(errors).toEqual([]);
});
