import { describe, expect } from 'vitest';
import { button, chooseOption, openDropdown } from '../support/antd';
import { browserTest } from '../support/browser';
import { importPlan, takeAction, unusedYear } from '../support/plans';
import { responseTo } from '../support/responses';
import { apiGet, loginAs } from '../support/session';

const test = browserTest();

/** The demo's committee-staff account belongs to 经济委员会; the unit account is 市发展和改革委员会 (src/seed/demo.ts). */
const SPECIAL_COMMITTEE = '经济委员会';
const UNIT = '市发展和改革委员会';

describe('plans / comment round', () => {
  test('office sends the plan out; the special committee and the unit comment in the app; the office records a paper comment and sees them all', async ({ page }) => {
    const year = unusedYear(0);
    await loginAs(page, 'office', '/plans');
    const planId = await importPlan(page, year);

    await takeAction(page, '发出征求意见', async (dialog) => {
      const select = dialog.getByLabel('征求意见单位', { exact: true });
      for (const name of [SPECIAL_COMMITTEE, UNIT, '民盟']) {
        await select.click();
        await select.fill(name);
        await openDropdown(page).getByTitle(name, { exact: true }).click();
      }
      await select.press('Escape');
    });
    await page.getByText('0/3家已反馈').waitFor();

    // The special committee's staff comment on one item.
    await loginAs(page, 'committee', `/plans/${planId}`);
    await page.getByText(`请以“${SPECIAL_COMMITTEE}”的名义提出意见`).waitFor();
    await button(page, '去提意见').click();
    await chooseOption(page, page, '针对的活动（不选为对整个计划）', '3. ' + (await itemTitle(page, planId, 2)));
    await page.getByLabel('意见内容', { exact: true }).fill('建议增加实地调研环节');
    const sent = responseTo(page, { path: `/api/plans/${planId}/comments`, method: 'POST' });
    await button(page, '提交意见').click();
    expect((await sent).status()).toBe(201);
    await page.getByText('建议增加实地调研环节').waitFor();

    // The unit finds the plan in its list, sees no downloads, and comments on the whole plan.
    await loginAs(page, 'unit', '/plans');
    await page.getByRole('link', { name: new RegExp(`${year}`) }).click();
    await page.getByText(`请以“${UNIT}”的名义提出意见`).waitFor();
    expect(await button(page, '下载通知(.docx)').count()).toBe(0);
    await page.getByLabel('意见内容', { exact: true }).fill('我委将按计划配合开展协商');
    await button(page, '提交意见').click();
    await page.getByText('我委将按计划配合开展协商').waitFor();

    // The office records the party's written comment and sees all three, beside their items.
    await loginAs(page, 'office', `/plans/${planId}`);
    await page.getByText('2/3家已反馈').waitFor();
    await page.getByRole('tab', { name: '意见（2）' }).click();
    await chooseOption(page, page, '意见来自', '民盟');
    await page.getByLabel('意见内容', { exact: true }).fill('书面意见：建议安排一次界别协商');
    await button(page, '登记意见').click();
    await page.getByText('书面意见：建议安排一次界别协商').waitFor();
    await page.getByText('3/3家已反馈').waitFor();
    await page.getByRole('tab', { name: /活动清单/ }).click();
    await button(page, '1条').first().waitFor();

    const { body } = await apiGet(page, `/api/plans/${planId}`);
    const plan = body as { planComments: { author: string }[]; items: { comments: { author: string }[] }[] };
    expect(plan.items[2].comments.map((c) => c.author)).toEqual([expect.stringContaining(SPECIAL_COMMITTEE)]);
    expect(plan.planComments.map((c) => c.author)).toEqual([expect.stringContaining(UNIT), expect.stringContaining('代录')]);
  });
});

async function itemTitle(page: Parameters<typeof apiGet>[0], planId: string, index: number): Promise<string> {
  const { body } = await apiGet(page, `/api/plans/${planId}`);
  return (body as { items: { title: string }[] }).items[index].title;
}
