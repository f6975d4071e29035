import type { Page } from 'playwright-core';

/** The labels of the navigation menu as the user sees it (side menu on desktop). */
export async function menuLabels(page: Page) {
  const items = page.getByRole('menuitem');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((t) => t.trim());
}

/** Opens a page from the side menu and waits for its heading. */
export async function openFromMenu(page: Page, label: string, path: string) {
  await page.getByRole('menuitem', { name: label }).click();
  await page.waitForURL((url) => url.pathname === path);
  await page.getByRole('heading', { name: label }).waitFor();
}
