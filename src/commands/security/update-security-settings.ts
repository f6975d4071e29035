import { parseSecuritySettings } from '../../db/settings';
import { inTransaction } from '../../db/transaction';
import { hasRole } from '../../domain/actor';
import { AuditAction } from '../../domain/audit-actions';
import type { SecuritySettings } from '../../domain/security-settings';
import { forbidden } from '../../errors/app-error';
import { securitySettingsPolicy } from '../../policies/users';
import { auditAs, type CommandContext } from '../context';

/**
 * Replaces the committee's security policy. Login, sessions and password checks read the stored settings
 * on every use, so the change applies from the next request without a restart.
 */
export async function updateSecuritySettings(ctx: CommandContext, input: SecuritySettings): Promise<SecuritySettings> {
  if (!hasRole(ctx.actor, ...securitySettingsPolicy.roles)) throw forbidden();
  const committeeId = ctx.actor.committeeId;
  const now = ctx.now ?? new Date();
  return inTransaction(ctx.db, async (trx) => {
    // Locked so that two administrators saving at once each record the other's result as their "before".
    const row = await trx.selectFrom('committee_settings').select('security').where('committee_id', '=', committeeId).forUpdate().executeTakeFirst();
    const before = parseSecuritySettings(row?.security);
    const after: SecuritySettings = { ...input };
    await trx
      .insertInto('committee_settings')
      .values({ committee_id: committeeId, security: JSON.stringify(after), updated_at: now })
      .onConflict((oc) => oc.column('committee_id').doUpdateSet({ security: JSON.stringify(after), updated_at: now }))
      .execute();
    await auditAs(trx, ctx, {
      action: AuditAction.SecuritySettingsUpdated,
      objectType: 'security_settings',
      objectId: committeeId,
      objectLabel: '安全策略',
      before,
      after,
    });
    return after;
  });
}
