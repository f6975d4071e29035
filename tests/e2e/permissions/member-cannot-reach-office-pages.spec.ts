import type { Page, Response } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserTest } from '../support/browser';
import { menuLabels } from '../support/menu';
import { apiGet, loginAs } from '../support/session';

const test = browserTest();

/** Data answers the page received for the given API paths; a refused page must not have any. */
function recordDataAnswers(page: Page, prefixes: string[]) {
  const answered: string[] = [];
  page.on('response', (r: Response) => {
    const url = new URL(r.url());
    if (r.ok() && prefixes.some((p) => url.pathname.startsWith(p))) answered.push(`${r.status()} ${url.pathname}`);
  });
  return answered;
}

/** A page the role may not use shows the 403 result, or sends the user elsewhere. */
async function expectRefused(page: Page, path: string) {
  await page.goto(path);
  const refused = page.getByText('没有权限').or(page.getByRole('heading', { name: '工作台' }));
  await refused.first().waitFor();
  const stayed = new URL(page.url()).pathname === path;
  if (stayed) await page.getByText('没有权限').first().waitFor();
}

describe('permissions / member cannot reach office pages', () => {
  test('the menu of a member has no 委员管理, 用户管理 or 审计日志', async ({ page }) => {
    await loginAs(page, 'member');
    const labels = await menuLabels(page);
    expect(labels).toContain('工作台');
    expect(labels).toContain('我的档案');
    for (const label of ['委员管理', '用户管理', '审计日志', '安全策略']) expect(labels).not.toContain(label);
  });

  test('opening /members and /audit directly shows no member data and no audit events', async ({ page }) => {
    await loginAs(page, 'member');
    const answered = recordDataAnswers(page, ['/api/members', '/api/audit-events']);

    await expectRefused(page, '/members');
    expect(await page.getByRole('row').count()).toBe(0);
    expect(await page.getByText(/共 \d+ 名委员/).count()).toBe(0);

    await expectRefused(page, '/audit');
    expect(await page.getByRole('row').count()).toBe(0);

    expect(answered).toEqual([]);
  });

  test('the API answers 403 to a member asking for office data', async ({ page }) => {
    await loginAs(page, 'member');
    for (const path of ['/api/members', '/api/members/export', '/api/audit-events', '/api/users', '/api/security-settings']) {
      const { status, body } = await apiGet(page, path);
      expect(status, `${path}: ${JSON.stringify(body)}`).toBe(403);
      expect((body as { error?: { message?: string } }).error?.message).toBe('没有权限访问此功能');
    }
  });
});
