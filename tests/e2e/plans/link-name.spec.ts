import { describe, expect } from 'vitest';
import { button, chooseOption } from '../support/antd';
import { browserTest } from '../support/browser';
import { importPlan, notice, unusedYear } from '../support/plans';
import { responseTo } from '../support/responses';
import { apiGet, loginAs } from '../support/session';

const test = browserTest();

type Body = { name: string; linked: boolean; id: string | null };
type Plan = { items: { leadUnits: Body[] }[] };

describe('plans / link a name', () => {
  test('office links a lead body the organisation did not know to a special committee, in every item, from the item list', async ({ page }) => {
    await loginAs(page, 'office', '/plans');
    const planId = await importPlan(page, unusedYear(1));
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

describe('plans / create a missing body from the plan', () => {
  test('office creates a department and a lead body the organisation lacks, under the names the notice writes, and they are linked', async ({ page }) => {
    const year = unusedYear(2);
    const NEW_UNIT = `市低空经济服务中心${year}`;
    const NEW_GROUP = `第${year}联络组`;
    // The sample names no 协商部门: give its first item one the unit list does not know, and a lead body it lacks.
    const text = notice(year).replace(/^(承办单位：.*)$/m, `$1、${NEW_GROUP}\n协商部门：${NEW_UNIT}`);
    await loginAs(page, 'office', '/plans');
    const planId = await importPlan(page, year, text);

    await page.getByRole('tab', { name: /活动清单/ }).click();
    await page.getByRole('button', { name: `关联 ${NEW_UNIT}` }).first().click();
    const dialog = page.getByRole('dialog').filter({ hasText: `关联“${NEW_UNIT}”` });
    await dialog.waitFor();
    await dialog.getByText(`承办单位中没有，按“${NEW_UNIT}”新建`).click();
    await dialog.getByLabel('单位类别', { exact: true }).waitFor();
    const linked = responseTo(page, { path: `/api/plans/${planId}/name-links`, method: 'POST' });
    await button(dialog, '关联').click();
    expect((await linked).status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });

    const after = (await apiGet(page, `/api/plans/${planId}`)).body as { items: { consultedDepartments: Body[] }[] };
    expect(after.items[0].consultedDepartments).toEqual([expect.objectContaining({ name: NEW_UNIT, linked: true })]);
    const units = (await apiGet(page, `/api/units?q=${encodeURIComponent(NEW_UNIT)}`)).body as { items?: { name: string }[] } | { name: string }[];
    const list = Array.isArray(units) ? units : (units.items ?? []);
    expect(list.map((u) => u.name)).toContain(NEW_UNIT);

    await page.getByRole('button', { name: `关联 ${NEW_GROUP}` }).first().click();
    const leadDialog = page.getByRole('dialog').filter({ hasText: `关联“${NEW_GROUP}”` });
    await leadDialog.waitFor();
    await leadDialog.getByText(`组织机构中没有，按“${NEW_GROUP}”新建`).click();
    await chooseOption(page, leadDialog, '机构类型', '联络组');
    const leadLinked = responseTo(page, { path: `/api/plans/${planId}/name-links`, method: 'POST' });
    await button(leadDialog, '关联').click();
    expect((await leadLinked).status()).toBe(200);
    await leadDialog.waitFor({ state: 'hidden' });
    const organisation = (await apiGet(page, '/api/organisation')).body as { liaisonGroups: { name: string }[] };
    expect(organisation.liaisonGroups.map((g) => g.name)).toContain(NEW_GROUP);
    const plan = (await apiGet(page, `/api/plans/${planId}`)).body as Plan;
    expect(plan.items[0].leadUnits).toContainEqual(expect.objectContaining({ name: NEW_GROUP, linked: true }));
  });
});
