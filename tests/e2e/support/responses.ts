import type { Page, Response } from 'playwright-core';

type Match = { path: string; method?: string; query?: Record<string, string> };

/**
 * Starts waiting for the API answer to `path` (and method, and query values) before the action that causes it.
 * The promise never counts as an unhandled rejection when the test stops before awaiting it.
 */
export function responseTo(page: Page, match: Match): Promise<Response> {
  const method = match.method ?? 'GET';
  const promise = page.waitForResponse((r) => {
    const url = new URL(r.url());
    if (url.pathname !== match.path || r.request().method() !== method) return false;
    return Object.entries(match.query ?? {}).every(([key, value]) => url.searchParams.get(key) === value);
  });
  promise.catch(() => {});
  return promise;
}
