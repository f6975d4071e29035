import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { auditAs, type CommandContext } from '../context';

export async function logout(db: Db, ctx: CommandContext, tokenHash: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx
      .deleteFrom('auth_sessions')
      .where('committee_id', '=', ctx.actor.committeeId)
      .where('token_hash', '=', tokenHash)
      .execute();
    await auditAs(trx, ctx, { action: AuditAction.Logout, objectType: 'user', objectId: ctx.actor.userId, objectLabel: ctx.actor.username });
  });
}
