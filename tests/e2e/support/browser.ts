import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { test as base, type TestContext } from 'vitest';

/** The server under test, started by tests/e2e/run.mjs (one per database). */
export const BASE_URL = process.env.E2E_BASE_URL ?? '';
/** Which database the server runs on: 'pglite' or 'postgres'. */
export const DB = process.env.E2E_DB ?? 'unknown';
/** Where screenshots and failure artifacts go: test-results/e2e/<database>/. */
export const RESULTS_DIR = process.env.E2E_RESULTS ?? path.resolve('test-results/e2e', DB);

// Debian's Chromium only, never a downloaded browser; no network chatter of its own.
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE_375: BrowserContextOptions = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** A folder name from a test's file and name, e.g. "members-add-member--office-adds-a-member…". */
function artifactName(task: TestContext['task']): string {
  const file = path.relative('tests/e2e', task.file.name).replace(/\.spec\.ts$/, '');
  return `${file}--${task.name}`.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 120);
}

/**
 * A vitest `test` whose tests get a fresh browser context and page on the server under test. One browser per
 * spec file. Every test is traced; when it fails, the trace, a screenshot, the page's HTML and the browser
 * console are kept in test-results/e2e/<database>/<spec>--<test>/ (open the trace with `npx playwright-core show-trace trace.zip`).
 */
export function browserTest(contextOptions: BrowserContextOptions = DESKTOP) {
  return base
    .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
      if (!BASE_URL) throw new Error('E2E_BASE_URL 未设置：浏览器测试请用 node tests/e2e/run.mjs 运行');
      const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
      onCleanup(() => browser.close());
      return browser;
    })
    .extend('context', async ({ browser }, { onCleanup }) => {
      const context: BrowserContext = await browser.newContext({ ...contextOptions, baseURL: BASE_URL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      // Generous: the machine that runs the suite may be busy with other work.
      context.setDefaultTimeout(30_000);
      context.setDefaultNavigationTimeout(30_000);
      onCleanup(() => context.close());
      return context;
    })
    .extend('page', async ({ context, task }, { onCleanup }) => {
      // DOM snapshots of every step are cheap; a screencast is not, and the failure screenshot covers the end.
      await context.tracing.start({ screenshots: false, snapshots: true, sources: false });
      const page: Page = await context.newPage();
      const log: string[] = [];
      page.on('console', (message) => log.push(`[${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => log.push(`[pageerror] ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400) log.push(`[http ${response.status()}] ${response.request().method()} ${response.url()}`);
      });
      // Runs after the test, when its result is known (and before the context closes).
      onCleanup(async () => {
        if (task.result?.state !== 'fail') return context.tracing.stop();
        const dir = path.join(RESULTS_DIR, artifactName(task));
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: path.join(dir, 'screenshot.png'), fullPage: true }).catch(() => {});
        writeFileSync(path.join(dir, 'page.html'), await page.content().catch((e: Error) => `<!-- ${e.message} -->`));
        writeFileSync(path.join(dir, 'console.log'), `${page.url()}\n${log.join('\n')}\n`);
        await context.tracing.stop({ path: path.join(dir, 'trace.zip') }).catch(() => {});
      });
      return page;
    });
}

/** Saves a screenshot of what the screen shows, kept whether the test passes or not (e.g. the 375 px layout). */
export async function keepScreenshot(page: Page, name: string) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
