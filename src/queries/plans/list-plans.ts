import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { planStatusLabels } from '../../domain/plans/plan-states';
import { forbidden } from '../../errors/app-error';
import { planPolicy } from '../../policies/plans';
import { hasRole } from '../../domain/actor';
import { Role } from '../../domain/roles';

/**
 * The committee's plans, newest year first, with their active item counts. A handling unit sees only the plans
 * it has been invited to comment on.
 */
export async function listPlans(db: Db, actor: Actor) {
  const readsAll = planPolicy.read(actor);
  const unitId = readsAll ? null : await linkedUnitOf(db, actor);
  if (!readsAll && !unitId) throw forbidden();
  let query = db
    .selectFrom('plans as p')
    .select(['p.id', 'p.year', 'p.title', 'p.status', 'p.doc_number', 'p.issue_date', 'p.updated_at'])
    .select((eb) =>
      eb
        .selectFrom('plan_items as i')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('i.committee_id', '=', 'p.committee_id')
        .whereRef('i.plan_id', '=', 'p.id')
        .where('i.status', '=', 'active')
        .as('item_count'),
    )
    .where('p.committee_id', '=', actor.committeeId);
  if (unitId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('plan_comment_invites as v')
          .select('v.id')
          .whereRef('v.committee_id', '=', 'p.committee_id')
          .whereRef('v.plan_id', '=', 'p.id')
          .where('v.handling_unit_id', '=', unitId),
      ),
    );
  }
  const rows = await query.orderBy('p.year', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    title: r.title,
    status: r.status,
    statusLabel: planStatusLabels[r.status],
    docNumber: r.doc_number,
    issueDate: r.issue_date,
    updatedAt: r.updated_at,
    itemCount: Number(r.item_count ?? 0),
    canManage: planPolicy.manage(actor),
  }));
}

async function linkedUnitOf(db: Db, actor: Actor): Promise<string | null> {
  if (!hasRole(actor, Role.HandlingUnit)) return null;
  const user = await db.selectFrom('users').select('handling_unit_id').where('committee_id', '=', actor.committeeId).where('id', '=', actor.userId).executeTakeFirst();
  return user?.handling_unit_id ?? null;
}
