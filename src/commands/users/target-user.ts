import type { Db } from '../../db/database';
import { isLocked } from '../../domain/lockout';
import type { Role } from '../../domain/roles';
import { notFound } from '../../errors/app-error';

/**
 * The account an administrator acts on, read inside the command's transaction with its row locked,
 * so that two administrators acting at once see each other's change (and a login racing a disable waits).
 */
export async function lockTargetUser(trx: Db, committeeId: string, userId: string, now: Date) {
  const row = await trx
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'roles', 'member_id', 'handling_unit_id', 'special_committee_id', 'disabled', 'failed_logins', 'locked_until'])
    .where('committee_id', '=', committeeId)
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('用户');
  const locked = isLocked({ failedLogins: row.failed_logins, lockedUntil: row.locked_until }, now);
  return { ...row, roles: row.roles as Role[], locked };
}

/** Logs the account out everywhere: its sessions are rows, so deleting them ends them on every server. */
export async function endSessionsOf(trx: Db, committeeId: string, userId: string): Promise<number> {
  const result = await trx.deleteFrom('auth_sessions').where('committee_id', '=', committeeId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
