import { describe, expect } from 'vitest';
import { button, chooseOption } from '../support/antd';
import { browserTest } from '../support/browser';
import { openMembersFromMenu, searchMembers, uniqueMember } from '../support/members';
import { responseTo } from '../support/responses';
import { loginAs } from '../support/session';

const test = browserTest();

describe('members / add member', () => {
  test('office adds a member with 姓名, 界别, 届次 and 手机号, then finds them by search', async ({ page }) => {
    const person = uniqueMember();
    await loginAs(page, 'office');
    await openMembersFromMenu(page);

    await button(page, '新增委员').click();
    const drawer = page.getByRole('dialog').filter({ hasText: '新增委员' });
    await drawer.waitFor();
    await drawer.getByLabel('姓名', { exact: true }).fill(person.name);
    await chooseOption(page, drawer, '界别', '教育界');
    await chooseOption(page, drawer, '届次', '第五届（本届）');
    await drawer.getByLabel('手机号', { exact: true }).fill(person.phone);

    const created = responseTo(page, { path: '/api/members', method: 'POST' });
    await button(drawer, '保存').click();
    const response = await created;
    expect(response.status(), await response.text()).toBe(201);
    await drawer.waitFor({ state: 'hidden' });

    // Searching by name finds exactly this member, shown in the table with the sector and phone entered.
    const found = await searchMembers(page, person.name);
    expect(found.total).toBe(1);
    const row = page.getByRole('row').filter({ hasText: person.name });
    await row.waitFor();
    expect(await row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toContain('教育界');
    expect(text).toContain(person.phone);

    // And by phone number.
    const byPhone = await searchMembers(page, person.phone);
    expect(byPhone.items.map((m) => m.name)).toEqual([person.name]);
  });
});
