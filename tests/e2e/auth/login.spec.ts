import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { button, chooseOption } from '../support/antd';
import { browserTest } from '../support/browser';
import { responseTo } from '../support/responses';
import { DEMO } from '../support/session';

const test = browserTest();

/** Fills the login form as a person would: committee, 用户名, 密码, then 登录. */
async function submitLogin(page: Page, username: string, password: string) {
  // The committee list loads first and the form is drawn again once it has, so wait for it before typing.
  const info = responseTo(page, { path: '/api/public/login-info' });
  await page.goto('/login');
  expect((await info).status()).toBe(200);
  await chooseOption(page, page, '委员会', DEMO.committeeName);
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  const answer = responseTo(page, { path: '/api/auth/login', method: 'POST' });
  await button(page, '登录').click();
  return answer;
}

describe('auth / login', () => {
  test('office logs in through the login page and lands on 工作台 with the committee name', async ({ page }) => {
    const response = await submitLogin(page, 'office', DEMO.password);
    expect(response.status()).toBe(200);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    // The committee in the header and on the 工作台 card, and who is logged in.
    await page.locator('header').getByText(DEMO.committeeName).waitFor();
    await page.locator('main').getByText(DEMO.committeeName).waitFor();
    await page.getByText('办公室 林晓').first().waitFor();
  });

  test('a wrong password keeps the user on the login page with a Chinese error', async ({ page }) => {
    const response = await submitLogin(page, 'office', 'Wrong@password1');
    expect(response.status()).toBe(401);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByRole('heading', { name: '工作台' }).count()).toBe(0);
  });
});
