import { describe, expect } from 'vitest';
import { button, chooseOption } from '../support/antd';
import { browserTest } from '../support/browser';
import { importPlan, unusedYear } from '../support/plans';
import { responseTo } from '../support/responses';
import { apiGet, loginAs } from '../support/session';

const test = browserTest();

type Body = { name: string; linked: boolean; id: string | null };
type Plan = { items: { leadUnits: Body[] }[] };

describe('plans / link a name', () => {
  test('office links a lead body the organisation did not know to a special committee, in every item, from the item list', async ({ page }) => {
    await loginAs(page, 'office', '/plans');
    const planId = await importPlan(page, unusedYear());
    const before = (await apiGet(page, `/api/plans/${planId}`)).body as Plan;
    const unknown = before.items.flatMap((i) => i.leadUnits).find((b) => !b.linked);
    expect(unknown, '样本通知中应有机构库未收录的承办单位').toBeDefined();
    const name = unknown!.name;

    await page.getByRole('tab', { name: /活动清单/ }).click();
    await page.getByRole('button', { name: `关联 ${name}` }).first().click();
    const dialog = page.getByRole('dialog').filter({ hasText: `关联“${name}”` });
    await dialog.waitFor();
    await chooseOption(page, dialog, '关联到', '经济委员会');
    const linked = responseTo(page, { path: `/api/plans/${planId}/name-links`, method: 'POST' });
    await button(dialog, '关联').click();
    expect((await linked).status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => page.getByRole('button', { name: `关联 ${name}` }).count()).toBe(0);

    const after = (await apiGet(page, `/api/plans/${planId}`)).body as Plan;
    const bodies = after.items.flatMap((i) => i.leadUnits).filter((b) => b.name === name);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.every((b) => b.linked)).toBe(true);
  });
});
