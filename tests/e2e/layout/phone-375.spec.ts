import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { button, horizontalOverflow } from '../support/antd';
import { browserTest, keepScreenshot, PHONE_375 } from '../support/browser';
import { responseTo } from '../support/responses';
import { loginAs } from '../support/session';

const test = browserTest(PHONE_375);

/** The body must not scroll sideways at 375 px: nothing wider than the screen. */
async function expectNoHorizontalOverflow(page: Page) {
  // On a phone an overflowing page also widens the layout viewport, so innerWidth would grow with it.
  const { scrollWidth, viewport } = await horizontalOverflow(page);
  expect(scrollWidth, `页面宽度 ${scrollWidth}px（视口 ${viewport}px），超出 375px 屏幕`).toBeLessThanOrEqual(376);
}

describe('layout / phone 375 px', () => {
  test('the login page fits a 375 px phone', async ({ page }) => {
    const info = responseTo(page, { path: '/api/public/login-info' });
    await page.goto('/login');
    await info;
    await page.getByText('用户登录').waitFor();
    await page.getByText('演示账号').waitFor();
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, 'phone-375-login');
  });

  test('the members page fits a 375 px phone and the menu opens from 菜单', async ({ page }) => {
    const list = responseTo(page, { path: '/api/members' });
    await loginAs(page, 'office', '/members');
    expect((await list).status()).toBe(200);
    await page.getByRole('heading', { name: '委员管理' }).waitFor();
    // Phones get one card per member instead of the wide table.
    await page.getByRole('list', { name: '委员列表' }).getByRole('listitem').first().waitFor();
    // No side menu on a phone; the menu lives in a drawer.
    expect(await page.getByRole('menuitem', { name: '委员管理' }).count()).toBe(0);
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, 'phone-375-members');

    await button(page, '菜单').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('menuitem', { name: '委员管理' }).waitFor();
    await drawer.getByRole('menuitem', { name: '工作台' }).waitFor();
    await keepScreenshot(page, 'phone-375-menu');

    // Choosing an entry closes the drawer and opens the page.
    await drawer.getByRole('menuitem', { name: '工作台' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await drawer.waitFor({ state: 'hidden' });
  });
});
