import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { notFound } from '../../errors/app-error';
import { presentUser, selectUsers } from './user-rows';

/** One account of the caller's committee; another committee's account is simply not found. */
export async function getUser(db: Db, actor: Actor, userId: string) {
  const row = await selectUsers(db, actor.committeeId).where('u.id', '=', userId).executeTakeFirst();
  if (!row) throw notFound('用户');
  return {
    ...presentUser(actor, row, new Date()),
    mustChangePassword: row.must_change_password,
    failedLogins: row.failed_logins,
    passwordChangedAt: row.password_changed_at,
    updatedAt: row.updated_at,
  };
}
