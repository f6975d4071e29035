import type { Actor } from '../domain/actor';
import type { BodyLink, NameAlias, OrgLookups } from '../domain/plans/name-matching';
import { matchDepartment, matchLeadBody } from '../domain/plans/name-matching';
import type { PlanItemInput } from '../domain/plans/plan-schema';
import type { Db } from './database';

/** The committee's bodies and units, for linking the names written in a plan. */
export async function loadOrgLookups(db: Db, committeeId: string): Promise<OrgLookups> {
  const named = (table: 'special_committees' | 'parties' | 'sectors' | 'liaison_groups') =>
    db.selectFrom(table).select(['id', 'name']).where('committee_id', '=', committeeId).execute();
  const [specialCommittees, parties, sectors, liaisonGroups, handlingUnits, aliasRows] = await Promise.all([
    db.selectFrom('special_committees').select(['id', 'name', 'short_name as shortName']).where('committee_id', '=', committeeId).execute(),
    named('parties'),
    named('sectors'),
    named('liaison_groups'),
    db.selectFrom('handling_units').select(['id', 'name', 'short_name as shortName']).where('committee_id', '=', committeeId).execute(),
    db.selectFrom('org_name_aliases').selectAll().where('committee_id', '=', committeeId).execute(),
  ]);
  const lists = { special_committee: specialCommittees, party: parties, sector: sectors, liaison_group: liaisonGroups, handling_unit: handlingUnits };
  const aliases: NameAlias[] = [];
  for (const row of aliasRows) {
    const [kind, id] = bodyColumnsToLink(row);
    const record = kind && lists[kind].find((r) => r.id === id);
    if (kind && record) aliases.push({ role: row.role, alias: row.alias, link: { kind, id: record.id, name: record.name } });
  }
  return { specialCommittees, parties, sectors, liaisonGroups, handlingUnits, aliases };
}

type BodyColumns = { special_committee_id: string | null; party_id: string | null; sector_id: string | null; liaison_group_id: string | null; handling_unit_id: string | null };
export type BodyKind = NonNullable<BodyLink>['kind'];

/** The record a row's body columns point at, as [kind, id]. */
export function bodyColumnsToLink(row: BodyColumns): [BodyKind, string] | [null, null] {
  if (row.special_committee_id) return ['special_committee', row.special_committee_id];
  if (row.party_id) return ['party', row.party_id];
  if (row.sector_id) return ['sector', row.sector_id];
  if (row.liaison_group_id) return ['liaison_group', row.liaison_group_id];
  if (row.handling_unit_id) return ['handling_unit', row.handling_unit_id];
  return [null, null];
}

/** The body columns that point at one record of `kind`. */
export function linkToBodyColumns(kind: BodyKind | null, id: string | null): BodyColumns {
  return {
    special_committee_id: kind === 'special_committee' ? id : null,
    party_id: kind === 'party' ? id : null,
    sector_id: kind === 'sector' ? id : null,
    liaison_group_id: kind === 'liaison_group' ? id : null,
    handling_unit_id: kind === 'handling_unit' ? id : null,
  };
}

export function itemColumns(input: PlanItemInput) {
  return {
    form: input.form,
    category: input.category,
    title: input.title,
    start_month: input.startMonth,
    end_month: input.endMonth ?? input.startMonth,
    meeting: input.meeting,
    lead_leader: input.leadLeader,
    participants: input.participants,
    contents: JSON.stringify(input.contents),
    brand_tag: input.brandTag,
    sources: input.sources ? JSON.stringify(input.sources) : null,
  };
}

/** Replaces an item's lead bodies and consulted departments, each linked to its record when the name matches one. */
export async function setItemBodies(db: Db, committeeId: string, itemId: string, input: Pick<PlanItemInput, 'leadUnits' | 'consultedDepartments'>, org: OrgLookups) {
  await db.deleteFrom('plan_item_bodies').where('committee_id', '=', committeeId).where('item_id', '=', itemId).execute();
  const rows = [
    ...input.leadUnits.map((name, position) => {
      const link = matchLeadBody(name, org);
      return {
        committee_id: committeeId,
        item_id: itemId,
        role: 'lead' as const,
        position,
        name,
        ...linkToBodyColumns(link?.kind ?? null, link?.id ?? null),
      };
    }),
    ...input.consultedDepartments.map((name, position) => ({
      committee_id: committeeId,
      item_id: itemId,
      role: 'consulted' as const,
      position,
      name,
      ...(() => {
        const link = matchDepartment(name, org);
        return linkToBodyColumns(link?.kind ?? null, link?.id ?? null);
      })(),
    })),
  ];
  if (rows.length) await db.insertInto('plan_item_bodies').values(rows).execute();
}

/** Inserts an item after the plan's last one, with its bodies. */
export async function insertPlanItem(db: Db, committeeId: string, planId: string, input: PlanItemInput, org: OrgLookups, extra: { addedByAdjustment?: boolean } = {}) {
  const last = await db
    .selectFrom('plan_items')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('committee_id', '=', committeeId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  const { id } = await db
    .insertInto('plan_items')
    .values({
      committee_id: committeeId,
      plan_id: planId,
      seq: Number(last?.seq ?? 0) + 1,
      ...itemColumns(input),
      added_by_adjustment: extra.addedByAdjustment ?? false,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setItemBodies(db, committeeId, id, input, org);
  return id;
}

/** A plan's row for a command: locked for the transaction, so two clerks cannot move it at once. */
export async function lockPlan(db: Db, committeeId: string, planId: string) {
  return db.selectFrom('plans').selectAll().where('committee_id', '=', committeeId).where('id', '=', planId).forUpdate().executeTakeFirst();
}

export async function countActiveItems(db: Db, committeeId: string, planId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('committee_id', '=', committeeId)
    .where('plan_id', '=', planId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The invitation an account comments under: its special committee's, or its handling unit's. */
export async function inviteOf(db: Db, actor: Actor, planId: string) {
  const user = await db.selectFrom('users').select(['special_committee_id', 'handling_unit_id']).where('committee_id', '=', actor.committeeId).where('id', '=', actor.userId).executeTakeFirst();
  if (!user || (!user.special_committee_id && !user.handling_unit_id)) return null;
  return db
    .selectFrom('plan_comment_invites')
    .select(['id', 'name'])
    .where('committee_id', '=', actor.committeeId)
    .where('plan_id', '=', planId)
    .where((eb) =>
      eb.or([
        user.special_committee_id ? eb('special_committee_id', '=', user.special_committee_id) : eb.val(false),
        user.handling_unit_id ? eb('handling_unit_id', '=', user.handling_unit_id) : eb.val(false),
      ]),
    )
    .executeTakeFirst();
}

