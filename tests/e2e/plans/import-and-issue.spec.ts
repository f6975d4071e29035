import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect } from 'vitest';
import { button, chooseOption } from '../support/antd';
import { browserTest } from '../support/browser';
import { responseTo } from '../support/responses';
import { notice, takeAction, unusedYear } from '../support/plans';
import { apiGet, loginAs } from '../support/session';

const test = browserTest();

async function fillDate(dialog: Locator, label: string, value: string) {
  const input = dialog.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

describe('plans / import and issue', () => {
  test('office imports the sample notice, corrects an item, saves it and takes it through to issued, then downloads the notice', async ({ page }) => {
    const year = unusedYear(3);
    await loginAs(page, 'office', '/plans');
    await page.getByRole('heading', { name: '年度协商计划' }).waitFor();
    await button(page, '导入通知').click();
    await page.waitForURL((url) => url.pathname === '/plans/import');

    await page.getByLabel('通知文本').fill(notice(year));
    const previewed = responseTo(page, { path: '/api/plans/import/preview', method: 'POST' });
    await button(page, '解析').click();
    const preview = (await (await previewed).json()) as { items: unknown[]; statedTotal: number };
    expect(preview.items).toHaveLength(16);
    await page.getByText('通知写明共 16 次，解析出 16 项，一致').waitFor();

    // The totals sentence is checked against the items as staff change them, and said once.
    await chooseOption(page, page, '第1项协商形式', '对口协商');
    await page.getByText('通知写明主题协商 1 次，解析出 0 项，请核对').waitFor();
    await page.getByText('通知写明对口协商 7 次，解析出 8 项，请核对').waitFor();
    await chooseOption(page, page, '第1项协商形式', '主题协商');
    await page.getByText('通知写明主题协商 1 次，解析出 0 项，请核对').waitFor({ state: 'detached' });
    expect(await page.getByText(/请核对$/).count()).toBe(0);

    // Each field shows where it was read from; correct the first item's topic.
    const topic = page.getByLabel('第1项协商议题');
    await topic.click();
    await page.getByText(/来源：第\d+行 协商议题：深化拓展/).waitFor();
    const corrected = `深化拓展“三个年”活动，持续推进委员履职提质增效（校对${year}）`;
    await topic.fill(corrected);

    const saved = responseTo(page, { path: '/api/plans', method: 'POST' });
    await button(page, '保存计划').click();
    expect((await saved).status()).toBe(201);
    await page.waitForURL((url) => /^\/plans\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByText(corrected).first().waitFor();

    await takeAction(page, '提交主席会议');
    await takeAction(page, '登记党委常委会审定', async (dialog) => {
      await dialog.getByLabel('审定会议').fill('中共云州市委第8次常委会会议');
      await fillDate(dialog, '审定日期', `${year}-03-11`);
    });
    await takeAction(page, '印发', async (dialog) => {
      expect(await dialog.getByLabel('发文字号').inputValue()).toBe(`商政协发〔${year}〕6号`);
      await fillDate(dialog, '印发日期', `${year}-03-13`);
    });
    await page.locator('.ant-tag', { hasText: '已印发' }).first().waitFor();

    const planId = new URL(page.url()).pathname.split('/').pop();
    const { body } = await apiGet(page, `/api/plans/${planId}`);
    const plan = body as { status: string; docNumber: string; issueDate: string; items: { title: string }[] };
    expect(plan.status).toBe('issued');
    expect(plan.docNumber).toBe(`商政协发〔${year}〕6号`);
    expect(plan.issueDate).toBe(`${year}-03-13`);
    expect(plan.items[0].title).toBe(corrected);

    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '下载通知(.docx)').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});
