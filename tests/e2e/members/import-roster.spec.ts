import { describe, expect } from 'vitest';
import { buildRosterXlsx } from '../../support/roster-fixtures';
import { button } from '../support/antd';
import { browserTest, BASE_URL } from '../support/browser';
import { searchMembers, uniqueMember } from '../support/members';
import { responseTo } from '../support/responses';
import { apiGet, loginAs } from '../support/session';

const test = browserTest();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('members / import roster', () => {
  test('a roster with one unknown sector is previewed row by row, refused as a whole, and imported with skip', async ({ page }) => {
    const [first, bad, last] = [uniqueMember('导入'), uniqueMember('错误'), uniqueMember('导入')];
    // Excel rows 2, 3 and 4 (row 1 is the header); row 3 names a sector the committee does not have.
    const content = await buildRosterXlsx([
      { '姓名*': first.name, 性别: '女', '界别*': '教育界', 手机号: first.phone, 届次: '第五届' },
      { '姓名*': bad.name, 性别: '男', '界别*': '火星界', 手机号: bad.phone, 届次: '第五届' },
      { '姓名*': last.name, 性别: '男', '界别*': '经济界', 手机号: last.phone, 届次: '第五届' },
    ]);
    const file = { name: '委员名册.xlsx', mimeType: XLSX, buffer: content };

    await loginAs(page, 'office', '/members');
    await button(page, '导入名册').click();
    await page.waitForURL((url) => url.pathname === '/members/import');
    await page.getByRole('heading', { name: '导入委员名册' }).waitFor();
    await button(page, '下一步').click();

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText(file.name).waitFor();
    const previewed = responseTo(page, { path: '/api/members/roster/preview', method: 'POST' });
    await button(page, '上传并预览').click();
    expect((await previewed).status()).toBe(200);

    // The preview counts the rows and names the bad row (行号 3) with the reason.
    await page.getByText('共3行，有效2行，错误1行').waitFor();
    const badRow = page.getByRole('row').filter({ hasText: bad.name });
    await badRow.waitFor();
    expect(await badRow.getByRole('cell').first().innerText()).toContain('3');
    expect(await badRow.innerText()).toContain('界别“火星界”不存在');

    // Nothing can be imported while a row is wrong: the button is disabled and the server refuses too.
    const importButton = button(page, '确认导入（2行有效数据）');
    expect(await importButton.isDisabled()).toBe(true);
    const { body: me } = await apiGet(page, '/api/auth/me');
    const refused = await page.request.post(`${BASE_URL}/api/members/roster/import`, {
      headers: { 'x-csrf-token': (me as { csrfToken: string }).csrfToken },
      multipart: { skipInvalid: 'false', file },
    });
    expect(refused.status()).toBe(400);
    const refusal = ((await refused.json()) as { error: { message: string } }).error.message;
    expect(refusal).toContain('第3行');
    expect(refusal).toContain('未导入任何数据');

    // Skipping the bad row imports the two good ones.
    await page.getByRole('checkbox', { name: '跳过错误行，仅导入有效行' }).check();
    expect(await importButton.isEnabled()).toBe(true);
    const imported = responseTo(page, { path: '/api/members/roster/import', method: 'POST' });
    await importButton.click();
    expect((await imported).status()).toBe(200);
    await page.getByText('成功导入 2 名委员').waitFor();
    await page.getByText('第3行').waitFor();

    await button(page, '查看委员列表').click();
    await page.waitForURL((url) => url.pathname === '/members');
    for (const person of [first, last]) {
      const found = await searchMembers(page, person.name);
      expect(found.items.map((m) => m.name)).toEqual([person.name]);
      await page.getByRole('row').filter({ hasText: person.name }).waitFor();
    }
    const skipped = await searchMembers(page, bad.name);
    expect(skipped.total).toBe(0);
  });
});
