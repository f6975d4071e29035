import type { Db } from '../../db/database';
import { loadOrgLookups } from '../../db/plan-rows';
import type { Actor } from '../../domain/actor';
import { parsePlanNotice } from '../../domain/plans/import/parse-plan-notice';
import { matchDepartment, matchLeadBody } from '../../domain/plans/name-matching';
import { forbidden } from '../../errors/app-error';
import { planPolicy } from '../../policies/plans';

/**
 * What the importer proposes for a notice: the plan, its items with the source line of every field, the names it
 * linked to the organisation and those it could not (for staff to link or create), and its warnings. Nothing is saved.
 */
export async function previewPlanImport(db: Db, actor: Actor, text: string, year?: number) {
  if (!planPolicy.manage(actor)) throw forbidden();
  const parsed = parsePlanNotice(text, { year });
  const org = await loadOrgLookups(db, actor.committeeId);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return {
    ...parsed,
    lines,
    items: parsed.items.map((item) => ({
      ...item,
      leadUnitLinks: item.leadUnits.map((name) => ({ name, link: matchLeadBody(name, org) })),
      departmentLinks: item.consultedDepartments.map((name) => ({ name, link: matchDepartment(name, org) })),
    })),
    existingPlan: await db.selectFrom('plans').select(['id', 'title']).where('committee_id', '=', actor.committeeId).where('year', '=', parsed.year ?? 0).executeTakeFirst() ?? null,
  };
}
