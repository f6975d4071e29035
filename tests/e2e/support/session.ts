import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { BASE_URL } from './browser';

/** The demo deployment that `xieshang start` seeds (src/seed/demo.ts). */
export const DEMO = {
  committeeCode: 'yunzhou',
  committeeName: '政协云州市委员会',
  password: 'Xieshang@2026',
} as const;

export type DemoAccount = 'office' | 'proposal' | 'committee' | 'editor' | 'leader' | 'member' | 'unit' | 'sysadmin' | 'secadmin' | 'auditor';

/**
 * Logs the page's browser context in through the API (the cookie lands in the context's jar) and opens `path`.
 * The login form itself is covered by auth/login.spec.ts; everything else starts logged in, which is faster.
 */
export async function loginAs(page: Page, username: DemoAccount, path = '/') {
  const response = await page.request.post(`${BASE_URL}/api/auth/login`, {
    data: { committeeCode: DEMO.committeeCode, username, password: DEMO.password },
  });
  expect(response.status(), `登录 ${username}：${await response.text()}`).toBe(200);
  await page.goto(path);
  // The layout renders once /api/auth/me has answered: the header shows the committee.
  await page.getByText(DEMO.committeeName).first().waitFor();
}

/** GET an API path with the page's session; the status and the parsed body. */
export async function apiGet(page: Page, path: string) {
  const response = await page.request.get(`${BASE_URL}${path}`);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status(), body };
}
