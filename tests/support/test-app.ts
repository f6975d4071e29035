import type { LightMyRequestResponse } from 'fastify';
import { readConfig } from '../../src/config';
import type { DatabaseHandle } from '../../src/db/database';
import { buildApp, type BuiltApp } from '../../src/http/app';
import { openTestDatabase } from './test-db';

export type TestApp = BuiltApp & { handle: DatabaseHandle; close: () => Promise<void> };

/** The whole API on a fresh database, driven through fastify.inject (no network). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const handle = await openTestDatabase();
  const config = { ...readConfig({ LOGIN_RATE_LIMIT: '1000', ...env }), demo: false };
  const built = await buildApp({ db: handle.db, dbKind: handle.kind, config, serveWebApp: false });
  return {
    ...built,
    handle,
    close: async () => {
      await built.app.close();
      await handle.close();
    },
  };
}

type Json = Record<string, unknown> | unknown[];

/** A logged-in client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  constructor(
    private readonly app: BuiltApp['app'],
    readonly cookie: string | null,
    readonly csrfToken: string | null,
    readonly me: Record<string, unknown> | null,
  ) {}

  request(method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH', url: string, payload?: Json, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      payload,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
    });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: Json) {
    return this.request('POST', url, payload ?? {});
  }
  put(url: string, payload?: Json) {
    return this.request('PUT', url, payload ?? {});
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

export function anonymous(app: BuiltApp['app']) {
  return new Client(app, null, null, null);
}

export async function login(app: BuiltApp['app'], who: { committeeCode: string; username: string; password: string }): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: who });
  if (res.statusCode !== 200) throw new Error(`login ${who.username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = [res.headers['set-cookie']].flat().find((c): c is string => typeof c === 'string' && c.startsWith('xs_session='));
  if (!setCookie) throw new Error('no session cookie');
  const body = res.json();
  return new Client(app, setCookie.split(';')[0], body.csrfToken, body);
}
