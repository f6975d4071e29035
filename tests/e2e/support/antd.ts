import type { Locator, Page } from 'playwright-core';

/**
 * A button by its Chinese name. Ant Design puts a space between the two characters of a two-character
 * label ("保存" is shown as "保 存"), so the name is matched with optional spaces between characters;
 * an icon before the text adds its own name ("plus 新增委员").
 */
export function button(scope: Page | Locator, name: string) {
  const pattern = [...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  return scope.getByRole('button', { name: new RegExp(`(^|\\s)${pattern}\\s*$`) });
}

/** The open dropdown of an Ant Design Select (rendered in a portal at the end of the body). */
export function openDropdown(page: Page) {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

/**
 * Chooses `option` in the Select labelled `label`: opens it, types to filter where the Select allows it,
 * and clicks the option (options carry their label as title).
 */
export async function chooseOption(page: Page, scope: Page | Locator, label: string, option: string) {
  const select = scope.getByLabel(label, { exact: true });
  await select.click();
  const dropdown = openDropdown(page);
  await dropdown.waitFor();
  // Long lists are virtual (only the visible options exist): type to bring the option in where search is on.
  if ((await select.getAttribute('readonly')) === null) await select.fill(option);
  // A click that lands while the dropdown is still animating open can be lost (seen on a loaded machine): try again.
  for (let attempt = 1; ; attempt++) {
    await dropdown.getByTitle(option, { exact: true }).click();
    try {
      await dropdown.waitFor({ state: 'hidden', timeout: attempt < 3 ? 5_000 : 30_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Whether the page scrolls sideways: the document is wider than the viewport (plus one pixel for rounding). */
export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}
