import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'xs_session';

/** The cookie carries the committee id beside the token, so a session is found by its committee's primary key. */
export function newSessionToken(committeeId: string): { cookie: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { cookie: `${committeeId}.${token}`, tokenHash: hashToken(token) };
}

export function parseSessionCookie(value: string | undefined): { committeeId: string; tokenHash: string } | null {
  if (!value) return null;
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return null;
  return { committeeId: match[1], tokenHash: hashToken(match[2]) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}
