import type { Page } from 'playwright-core';
import { button } from './antd';
import { responseTo } from './responses';

/** A name and a mobile number no demo member has, so that a search finds exactly the record a test made. */
export function uniqueMember(prefix = '测试') {
  const n = Math.floor(Math.random() * 90_000_000) + 10_000_000;
  const digits = String(n);
  const chinese = '零一二三四五六七八九';
  return { name: `${prefix}${[...digits.slice(-3)].map((d) => chinese[Number(d)]).join('')}${digits.slice(-2)}`, phone: `137${digits}` };
}

/** Opens 委员管理 from the side menu and waits for the list to load. */
export async function openMembersFromMenu(page: Page) {
  const list = responseTo(page, { path: '/api/members' });
  await page.getByRole('menuitem', { name: '委员管理' }).click();
  await page.waitForURL((url) => url.pathname === '/members');
  await page.getByRole('heading', { name: '委员管理' }).waitFor();
  await list;
}

/** Types into the list's search box and waits for the filtered answer. */
export async function searchMembers(page: Page, text: string) {
  const answer = responseTo(page, { path: '/api/members', query: { q: text } });
  await page.getByRole('searchbox', { name: '搜索委员' }).or(page.getByLabel('搜索委员')).first().fill(text);
  await button(page, '查询').click();
  const response = await answer;
  return (await response.json()) as { items: { id: string; name: string; phone: string | null; sectorName: string }[]; total: number };
}
