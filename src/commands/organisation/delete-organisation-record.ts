import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { organisationKinds, stillInUseMessage, type OrganisationKind } from '../../domain/organisation/organisation-kinds';
import { conflict, forbidden, notFound } from '../../errors/app-error';
import { organisationPolicy } from '../../policies/organisation';
import { findRecord, loose, organisationTables, usageCounts } from '../../queries/organisation/organisation-tables';
import { auditAs, type CommandContext } from '../context';

/**
 * Deletes a record nothing refers to. Members (and a term's sessions) are checked by name for a clear message;
 * anything else that refers to the record is refused by its foreign key, as a 409 too.
 */
export async function deleteOrganisationRecord(ctx: CommandContext, kind: OrganisationKind, id: string): Promise<void> {
  if (!organisationPolicy.manage(ctx.actor)) throw forbidden();
  const committeeId = ctx.actor.committeeId;
  const def = organisationTables[kind];
  await inTransaction(ctx.db, async (trx) => {
    const before = await findRecord(trx, kind, committeeId, id);
    if (!before) throw notFound(organisationKinds[kind].label);
    const counts = (await usageCounts(trx, kind, committeeId, id)).get(id);
    const blocking = def.usages.find((usage) => (counts?.[usage.countKey] ?? 0) > 0);
    if (blocking) throw conflict(stillInUseMessage(kind, blocking.what));
    await loose(trx).deleteFrom(def.table).where('committee_id', '=', committeeId).where('id', '=', id).execute();
    await auditAs(trx, ctx, {
      action: AuditAction.OrganisationDeleted,
      objectType: organisationKinds[kind].objectType,
      objectId: id,
      objectLabel: before.name,
      before,
    });
  });
}
