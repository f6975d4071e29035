import { describe, expect } from 'vitest';
import { browserTest } from '../support/browser';
import { menuLabels, openFromMenu } from '../support/menu';
import { responseTo } from '../support/responses';
import { loginAs } from '../support/session';

const test = browserTest();

describe('admin / pages open for their administrators (三员分立)', () => {
  test('sysadmin sees 用户管理 in the menu and the page lists the accounts', async ({ page }) => {
    await loginAs(page, 'sysadmin');
    const labels = await menuLabels(page);
    expect(labels).toContain('用户管理');
    expect(labels).not.toContain('审计日志');
    const users = responseTo(page, { path: '/api/users' });
    await openFromMenu(page, '用户管理', '/users');
    expect((await users).status()).toBe(200);
    await page.getByRole('row').filter({ hasText: 'office' }).first().waitFor();
    await page.getByRole('row').filter({ hasText: 'auditor' }).first().waitFor();
  });

  test('auditor sees 审计日志 with the login events', async ({ page }) => {
    await loginAs(page, 'auditor');
    const labels = await menuLabels(page);
    expect(labels).toContain('审计日志');
    expect(labels).not.toContain('用户管理');
    const events = responseTo(page, { path: '/api/audit-events' });
    await openFromMenu(page, '审计日志', '/audit');
    expect((await events).status()).toBe(200);
    // The auditor's own login has just been recorded.
    const loginRows = page.getByRole('row').filter({ hasText: '登录' }).filter({ hasText: '审计管理员' });
    await loginRows.first().waitFor();
    expect(await loginRows.count()).toBeGreaterThan(0);
  });

  test('secadmin opens 安全策略', async ({ page }) => {
    await loginAs(page, 'secadmin');
    const labels = await menuLabels(page);
    expect(labels).toContain('安全策略');
    expect(labels).not.toContain('审计日志');
    const settings = responseTo(page, { path: '/api/security-settings' });
    await openFromMenu(page, '安全策略', '/security');
    expect((await settings).status()).toBe(200);
    // The form shows the committee's policy: the 等保 defaults of a new committee.
    const minLength = page.getByLabel('密码最小长度', { exact: true });
    await expect.poll(() => minLength.inputValue(), { timeout: 30_000 }).toBe('8');
    expect(await page.getByLabel('登录失败锁定阈值', { exact: true }).inputValue()).toBe('5');
  });
});
