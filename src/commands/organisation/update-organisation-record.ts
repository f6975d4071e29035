import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { organisationKinds, type OrganisationInput, type OrganisationKind } from '../../domain/organisation/organisation-kinds';
import { forbidden, notFound } from '../../errors/app-error';
import { organisationPolicy } from '../../policies/organisation';
import { findRecord, loose, organisationTables } from '../../queries/organisation/organisation-tables';
import { auditAs, type CommandContext } from '../context';
import { applyWriteRules } from './write-rules';

export async function updateOrganisationRecord<K extends OrganisationKind>(ctx: CommandContext, kind: K, id: string, input: OrganisationInput<K>): Promise<void> {
  if (!organisationPolicy.manage(ctx.actor)) throw forbidden();
  const committeeId = ctx.actor.committeeId;
  const def = organisationTables[kind];
  await inTransaction(ctx.db, async (trx) => {
    const before = await findRecord(trx, kind, committeeId, id);
    if (!before) throw notFound(organisationKinds[kind].label);
    const sideEffects = await applyWriteRules(trx, committeeId, kind, input, id);
    const table: string = def.table;
    await loose(trx).updateTable(table).set(def.columns(input)).where('committee_id', '=', committeeId).where('id', '=', id).execute();
    const after = await findRecord(trx, kind, committeeId, id);
    await auditAs(trx, ctx, {
      action: AuditAction.OrganisationUpdated,
      objectType: organisationKinds[kind].objectType,
      objectId: id,
      objectLabel: input.name,
      before,
      after: sideEffects ? { ...after, sideEffects } : after,
    });
  });
}
