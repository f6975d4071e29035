import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { organisationKinds, type OrganisationInput, type OrganisationKind } from '../../domain/organisation/organisation-kinds';
import { forbidden } from '../../errors/app-error';
import { organisationPolicy } from '../../policies/organisation';
import { findRecord, loose, organisationTables } from '../../queries/organisation/organisation-tables';
import { auditAs, type CommandContext } from '../context';
import { applyWriteRules } from './write-rules';

/** Adds a term, session, special committee, sector, party, liaison group or studio to the actor's committee. */
export async function createOrganisationRecord<K extends OrganisationKind>(ctx: CommandContext, kind: K, input: OrganisationInput<K>): Promise<{ id: string }> {
  if (!organisationPolicy.manage(ctx.actor)) throw forbidden();
  return inTransaction(ctx.db, (trx) => insertOrganisationRecord(trx, ctx, kind, input));
}

/** The record's row and its audit event, inside the caller's transaction (also used when a plan's name creates a lead body). */
export async function insertOrganisationRecord<K extends OrganisationKind>(trx: Db, ctx: CommandContext, kind: K, input: OrganisationInput<K>): Promise<{ id: string }> {
  const committeeId = ctx.actor.committeeId;
  const def = organisationTables[kind];
  const sideEffects = await applyWriteRules(trx, committeeId, kind, input, null);
  const { id } = await loose(trx)
    .insertInto(def.table)
    .values({ ...def.columns(input), committee_id: committeeId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const after = await findRecord(trx, kind, committeeId, id);
  await auditAs(trx, ctx, {
    action: AuditAction.OrganisationCreated,
    objectType: organisationKinds[kind].objectType,
    objectId: id,
    objectLabel: input.name,
    after: sideEffects ? { ...after, sideEffects } : after,
  });
  return { id };
}
