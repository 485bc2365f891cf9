// Copy buttons copy when the browser lets them, and otherwise select the text and say how to copy it:
// never a silent failure (issue 10). "Denied" is what a refused permission does: writeText rejects.
import { expect, test, type Page } from "@playwright/test";

const STORY = "/stories/russia-armenia-trade";
const CHART = "russia-armenia-trade";

async function blockClipboard(page: Page, how: "rejects" | "missing"): Promise<void> {
  await page.addInitScript((mode) => {
    if (mode === "missing") {
      Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
      return;
    }
    const denied = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    Object.defineProperty(navigator.clipboard, "writeText", { value: denied, configurable: true });
  }, how);
}

const selection = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? "");

for (const how of ["rejects", "missing"] as const) {
  test(`clipboard ${how}: the citation is selected and the reader is told how to copy`, async ({ page }) => {
    await blockClipboard(page, how);
    await page.goto(STORY);
    const cite = page.getByRole("region", { name: "How to cite" });
    const text = (await cite.locator(`[id="cite-${CHART}"]`).textContent()) ?? "";
    await cite.getByRole("button", { name: "Copy citation" }).click();
    await expect(cite.getByRole("status")).toContainText("press Ctrl+C (⌘C on a Mac)");
    expect(await selection(page)).toBe(text);
    // Copying by hand is acknowledged like a copy by the button.
    await page.keyboard.press("Control+C");
    await expect(cite.getByRole("button", { name: "Copied" })).toBeVisible();
  });
}

test("clipboard refused: fields are selected, a citation without a field gets one", async ({ page }) => {
  await blockClipboard(page, "rejects");
  await page.goto(STORY);
  const panel = page.locator(`[data-share-panel="${CHART}"]`);
  await panel.locator("summary").click();
  await panel.getByRole("button", { name: "Copy embed code" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Ctrl+C" })).toHaveCount(1);
  const field = panel.locator(`[id="share-${CHART}-embed"]`);
  await expect(field).toBeFocused();
  const selected = await field.evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd, t.value.length]);
  expect(selected[0]).toBe(0);
  expect(selected[1]).toBe(selected[2]);

  await panel.getByRole("button", { name: "Copy citation" }).click();
  const shown = panel.getByRole("textbox", { name: "Copy citation" });
  await expect(shown).toBeVisible();
  await expect(shown).toBeFocused();
  expect(await shown.inputValue()).toContain("Caucasus Flows");
});

test("clipboard granted: the button copies the exact text and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(STORY);
  const cite = page.getByRole("region", { name: "How to cite" });
  const text = (await cite.locator(`[id="cite-${CHART}"]`).textContent()) ?? "";
  await cite.getByRole("button", { name: "Copy citation" }).click();
  await expect(cite.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect(cite.getByRole("status")).not.toContainText("Ctrl+C");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  // It reads as before after a moment, ready for another copy.
  await expect(cite.getByRole("button", { name: "Copy citation" })).toBeVisible();
});
