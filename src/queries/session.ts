import type { Db } from '../db/database';
import { parseSecuritySettings } from '../db/settings';
import type { Actor } from '../domain/actor';
import { isIdleExpired } from '../domain/lockout';
import type { Role } from '../domain/roles';

export type SessionLookup =
  | { status: 'none' }
  | { status: 'expired' }
  | { status: 'ok'; actor: Actor; csrfToken: string; passwordExpired: boolean; mustChangePassword: boolean };

/** Touching last_seen on every request would make every read a write; a minute's precision is enough for a 30-minute timeout. */
const TOUCH_AFTER_MS = 60_000;

/** Finds the session of a cookie in one query, ends it when idle too long, and keeps it alive otherwise. */
export async function lookupSession(db: Db, committeeId: string, tokenHash: string, now = new Date()): Promise<SessionLookup> {
  const row = await db
    .selectFrom('auth_sessions as s')
    .innerJoin('users as u', (j) => j.onRef('u.committee_id', '=', 's.committee_id').onRef('u.id', '=', 's.user_id'))
    .leftJoin('committee_settings as cs', 'cs.committee_id', 's.committee_id')
    .select([
      's.csrf_token',
      's.last_seen_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.roles',
      'u.member_id',
      'u.handling_unit_id',
      'u.disabled',
      'u.password_changed_at',
      'u.must_change_password',
      'cs.security',
    ])
    .where('s.committee_id', '=', committeeId)
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.disabled) return { status: 'none' };
  const settings = parseSecuritySettings(row.security);
  if (isIdleExpired(row.last_seen_at, settings.idleTimeoutMinutes, now)) {
    await db.deleteFrom('auth_sessions').where('committee_id', '=', committeeId).where('token_hash', '=', tokenHash).execute();
    return { status: 'expired' };
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await db
      .updateTable('auth_sessions')
      .set({ last_seen_at: now })
      .where('committee_id', '=', committeeId)
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  const maxAgeMs = settings.passwordMaxAgeDays * 86_400_000;
  const passwordExpired = maxAgeMs > 0 && now.getTime() - row.password_changed_at.getTime() > maxAgeMs;
  return {
    status: 'ok',
    csrfToken: row.csrf_token,
    passwordExpired,
    mustChangePassword: row.must_change_password,
    actor: {
      committeeId,
      userId: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles as Role[],
      memberId: row.member_id,
      handlingUnitId: row.handling_unit_id,
    },
  };
}

