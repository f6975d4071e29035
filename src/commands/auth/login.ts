import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { recordAudit } from '../../db/audit';
import { loadSecuritySettings } from '../../db/settings';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { afterFailedLogin, afterSuccessfulLogin, isLocked, minutesLeft } from '../../domain/lockout';
import { AppError, ErrorCode } from '../../errors/app-error';
import { verifyAgainstDummy, verifyPassword } from '../../security/passwords';
import { newCsrfToken, newSessionToken } from '../../security/session-token';

export type LoginInput = { committeeCode: string; username: string; password: string };
export type LoginMeta = { ip: string | null; userAgent: string | null; loginRateLimit: number; now?: Date };
export type LoginResult = { cookie: string; csrfToken: string; committeeId: string; userId: string };

const BAD_CREDENTIALS = '用户名或密码错误';

/**
 * Logs a user in. Failures are committed (the failed-login count, the lock and the audit event)
 * before the error is thrown, so that nothing a caller does can roll them back.
 */
export async function login(db: Db, input: LoginInput, meta: LoginMeta): Promise<LoginResult> {
  const now = meta.now ?? new Date();
  await refuseIfTooManyAttempts(db, meta, now);

  const committee = await db.selectFrom('committees').select(['id']).where('code', '=', input.committeeCode).executeTakeFirst();
  if (!committee) {
    await verifyAgainstDummy(input.password);
    throw new AppError(ErrorCode.Validation, '委员会不存在', { field: 'committeeCode' });
  }
  const settings = await loadSecuritySettings(db, committee.id);
  const user = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'password_hash'])
    .where('committee_id', '=', committee.id)
    .where('username', '=', input.username)
    .executeTakeFirst();

  const audit = (result: 'success' | 'failure', reason: string | null, userId: string | null, trx: Db = db) =>
    recordAudit(trx, {
      committeeId: committee.id,
      actorUserId: userId,
      actorName: user?.display_name ?? input.username,
      action: AuditAction.Login,
      objectType: 'user',
      objectId: userId,
      objectLabel: input.username,
      result,
      reason,
      ip: meta.ip,
    });

  if (!user) {
    await verifyAgainstDummy(input.password);
    await audit('failure', '用户不存在', null);
    throw new AppError(ErrorCode.BadCredentials, BAD_CREDENTIALS);
  }
  const passwordOk = await verifyPassword(user.password_hash, input.password);

  const outcome = await inTransaction(db, async (trx) => {
    // Lock the row: two wrong passwords at once must both count.
    const row = await trx
      .selectFrom('users')
      .select(['disabled', 'failed_logins', 'locked_until'])
      .where('committee_id', '=', committee.id)
      .where('id', '=', user.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const state = { failedLogins: row.failed_logins, lockedUntil: row.locked_until };
    if (row.disabled) {
      await audit('failure', '账号已停用', user.id, trx);
      return new AppError(ErrorCode.Forbidden, '账号已停用，请联系系统管理员');
    }
    if (isLocked(state, now)) {
      await audit('failure', '账号已锁定', user.id, trx);
      return new AppError(ErrorCode.AccountLocked, `账号已锁定，请${minutesLeft(state, now)}分钟后再试`);
    }
    if (!passwordOk) {
      const next = afterFailedLogin(state, settings, now);
      await trx
        .updateTable('users')
        .set({ failed_logins: next.failedLogins, locked_until: next.lockedUntil })
        .where('committee_id', '=', committee.id)
        .where('id', '=', user.id)
        .execute();
      await audit('failure', '密码错误', user.id, trx);
      if (isLocked(next, now)) {
        await recordAudit(trx, {
          committeeId: committee.id,
          actorName: input.username,
          action: AuditAction.AccountLocked,
          objectType: 'user',
          objectId: user.id,
          objectLabel: input.username,
          after: { failedLogins: next.failedLogins, lockedUntil: next.lockedUntil },
          ip: meta.ip,
        });
        return new AppError(ErrorCode.AccountLocked, `密码连续错误${next.failedLogins}次，账号已锁定${settings.lockoutMinutes}分钟`);
      }
      const left = settings.lockoutThreshold - next.failedLogins;
      return new AppError(ErrorCode.BadCredentials, `${BAD_CREDENTIALS}，再错${left}次将锁定账号`);
    }

    const reset = afterSuccessfulLogin();
    await trx
      .updateTable('users')
      .set({ failed_logins: reset.failedLogins, locked_until: reset.lockedUntil, last_login_at: now })
      .where('committee_id', '=', committee.id)
      .where('id', '=', user.id)
      .execute();
    if (settings.singleSession) {
      await trx.deleteFrom('auth_sessions').where('committee_id', '=', committee.id).where('user_id', '=', user.id).execute();
    }
    const token = newSessionToken(committee.id);
    const csrfToken = newCsrfToken();
    await trx
      .insertInto('auth_sessions')
      .values({
        committee_id: committee.id,
        token_hash: token.tokenHash,
        user_id: user.id,
        csrf_token: csrfToken,
        last_seen_at: now,
        ip: meta.ip,
        user_agent: meta.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await audit('success', null, user.id, trx);
    return { cookie: token.cookie, csrfToken, committeeId: committee.id, userId: user.id };
  });
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}

/** Login rate limit per client address, read from the audit trail so that it holds across server processes. */
async function refuseIfTooManyAttempts(db: Db, meta: LoginMeta, now: Date) {
  if (!meta.ip) return;
  const since = new Date(now.getTime() - 60_000);
  const row = await db
    .selectFrom('audit_events')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('action', '=', AuditAction.Login)
    .where('ip', '=', meta.ip)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  if (row.n >= meta.loginRateLimit) {
    throw new AppError(ErrorCode.RateLimited, '登录尝试过于频繁，请1分钟后再试');
  }
}
