import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { button } from './antd';
import { responseTo } from './responses';

/** The 商洛 2024 notice as published (a copy of the shared sample). */
const SAMPLE = path.resolve('tests/e2e/plans/shangluo-2024.txt');

/**
 * A year no other test uses (one plan per committee per year): each test has its own slot of 17 years, so two tests
 * of one run never draw the same year, and a rerun against the same database is unlikely to meet its last one.
 */
export function unusedYear(slot: 0 | 1 | 2 | 3): number {
  return 2031 + slot * 17 + Math.floor(Math.random() * 17);
}

/** The Shangluo notice moved to `year`. */
export function notice(year: number): string {
  return readFileSync(SAMPLE, 'utf8').replaceAll('2024', String(year));
}

/** On the plans page: imports the notice for `year` (or the text given) and saves it unchanged; ends on the new plan's page and returns its id. */
export async function importPlan(page: Page, year: number, text = notice(year)): Promise<string> {
  await button(page, '导入通知').click();
  await page.waitForURL((url) => url.pathname === '/plans/import');
  await page.getByLabel('通知文本').fill(text);
  const previewed = responseTo(page, { path: '/api/plans/import/preview', method: 'POST' });
  await button(page, '解析').click();
  expect((await previewed).status()).toBe(200);
  const saved = responseTo(page, { path: '/api/plans', method: 'POST' });
  await button(page, '保存计划').click();
  expect((await saved).status()).toBe(201);
  await page.waitForURL((url) => /^\/plans\/[0-9a-f-]{36}$/.test(url.pathname));
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Opens a workflow action's modal, fills it and confirms; the transition must succeed. */
export async function takeAction(page: Page, name: string, fill?: (dialog: Locator) => Promise<void>) {
  await button(page, name).click();
  const dialog = page.getByRole('dialog').filter({ hasText: name });
  await dialog.waitFor();
  if (fill) await fill(dialog);
  const moved = responseTo(page, { path: `/api${new URL(page.url()).pathname}/transitions`, method: 'POST' });
  await button(dialog, '确定').click();
  expect((await moved).status()).toBe(200);
  await dialog.waitFor({ state: 'hidden' });
}
