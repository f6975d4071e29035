import { assertReferences } from '../../db/references';
import { linkToBodyColumns } from '../../db/plan-rows';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { aliasKey } from '../../domain/plans/name-matching';
import type { PlanNameLinkInput } from '../../domain/plans/plan-schema';
import { AppError, ErrorCode, forbidden } from '../../errors/app-error';
import { handlingUnitPolicy } from '../../policies/handling-units';
import { insertHandlingUnit } from '../units/create-handling-unit';
import { insertOrganisationRecord } from '../organisation/create-organisation-record';
import { organisationPolicy } from '../../policies/organisation';
import type { Db } from '../../db/database';
import { auditAs, type CommandContext } from '../context';
import { lockManagedPlan } from './plan-guards';

const TABLES = {
  special_committee: 'special_committees',
  party: 'parties',
  sector: 'sectors',
  liaison_group: 'liaison_groups',
  handling_unit: 'handling_units',
} as const;

/**
 * Links a name the plan writes but the organisation did not know ("市发改委") to a record, in every item of the plan
 * where it appears in that role. Remembered, the next import links it by itself. Linking changes no text of the
 * plan, so it is allowed in every state, issued included.
 */
export async function linkPlanName(ctx: CommandContext, planId: string, input: PlanNameLinkInput): Promise<{ linked: number; id: string }> {
  return inTransaction(ctx.db, async (trx) => {
    const plan = await lockManagedPlan(trx, ctx, planId);
    const committeeId = plan.committee_id;
    if (input.role === 'consulted' && input.kind !== 'handling_unit') {
      throw new AppError(ErrorCode.Validation, '协商部门只能关联承办单位', { field: 'kind' });
    }
    const targetId = input.create ? await createBody(trx, ctx, input) : input.id!;
    await assertReferences(trx, committeeId, [{ table: TABLES[input.kind], id: targetId, field: 'id' }]);
    const columns = linkToBodyColumns(input.kind, targetId);
    const items = trx.selectFrom('plan_items').select('id').where('committee_id', '=', committeeId).where('plan_id', '=', planId);
    const result = await trx
      .updateTable('plan_item_bodies')
      .set(columns)
      .where('committee_id', '=', committeeId)
      .where('role', '=', input.role)
      .where('name', '=', input.name)
      .where('item_id', 'in', items)
      .executeTakeFirst();
    const linked = Number(result.numUpdatedRows);
    if (linked === 0) throw new AppError(ErrorCode.Validation, `计划中没有“${input.name}”这个名称`, { field: 'name' });
    if (input.remember) {
      await trx
        .insertInto('org_name_aliases')
        .values({ committee_id: committeeId, role: input.role, alias: aliasKey(input.name), ...columns })
        .onConflict((oc) => oc.columns(['committee_id', 'role', 'alias']).doUpdateSet(columns))
        .execute();
    }
    await auditAs(trx, ctx, {
      action: AuditAction.PlanNameLinked,
      objectType: 'plan',
      objectId: planId,
      objectLabel: plan.title,
      after: { name: input.name, role: input.role, kind: input.kind, id: targetId, created: Boolean(input.create) || undefined, remember: input.remember, items: linked },
    });
    return { linked, id: targetId };
  });
}

/** Creates the body the organisation lacks, under the name as the plan writes it, inside the link's transaction. */
async function createBody(trx: Db, ctx: CommandContext, input: PlanNameLinkInput): Promise<string> {
  const create = input.create!;
  if (input.kind === 'handling_unit') {
    if (!handlingUnitPolicy.create(ctx.actor)) throw forbidden();
    const unit = { name: input.name, shortName: null, category: create.category!, address: null, contacts: [], active: true, sort: 0 };
    return (await insertHandlingUnit(trx, ctx, unit)).id;
  }
  if (!organisationPolicy.manage(ctx.actor)) throw forbidden();
  const name = input.name;
  switch (input.kind) {
    case 'special_committee':
      return (await insertOrganisationRecord(trx, ctx, 'special-committees', { name, shortName: null, sort: 0 })).id;
    case 'party':
      return (await insertOrganisationRecord(trx, ctx, 'parties', { name, kind: create.partyKind!, sort: 0 })).id;
    case 'sector':
      return (await insertOrganisationRecord(trx, ctx, 'sectors', { name, sort: 0 })).id;
    case 'liaison_group':
      return (await insertOrganisationRecord(trx, ctx, 'liaison-groups', { name, description: null, sort: 0 })).id;
  }
}
