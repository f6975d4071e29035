import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { planStatusLabels } from '../../domain/plans/plan-states';
import { forbidden } from '../../errors/app-error';
import { planPolicy } from '../../policies/plans';

/** The committee's plans, newest year first, with their active item counts. */
export async function listPlans(db: Db, actor: Actor) {
  if (!planPolicy.read(actor)) throw forbidden();
  const rows = await db
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
    .where('p.committee_id', '=', actor.committeeId)
    .orderBy('p.year', 'desc')
    .execute();
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
