import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { forbidden, notFound } from '../../errors/app-error';
import { memberAbilities, memberPolicy } from '../../policies/members';

/** A member's full record; staff read any member of their committee, a member reads only their own. */
export async function getMember(db: Db, actor: Actor, memberId: string) {
  const m = await db
    .selectFrom('members as m')
    .innerJoin('terms as t', (j) => j.onRef('t.committee_id', '=', 'm.committee_id').onRef('t.id', '=', 'm.term_id'))
    .innerJoin('sectors as s', (j) => j.onRef('s.committee_id', '=', 'm.committee_id').onRef('s.id', '=', 'm.sector_id'))
    .leftJoin('parties as p', (j) => j.onRef('p.committee_id', '=', 'm.committee_id').onRef('p.id', '=', 'm.party_id'))
    .leftJoin('liaison_groups as lg', (j) => j.onRef('lg.committee_id', '=', 'm.committee_id').onRef('lg.id', '=', 'm.liaison_group_id'))
    .leftJoin('member_studios as ms', (j) => j.onRef('ms.committee_id', '=', 'm.committee_id').onRef('ms.id', '=', 'm.studio_id'))
    .selectAll('m')
    .select(['t.name as term_name', 's.name as sector_name', 'p.name as party_name', 'lg.name as liaison_group_name', 'ms.name as studio_name'])
    .where('m.committee_id', '=', actor.committeeId)
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  if (!m) throw notFound('委员');
  if (!memberPolicy.read(actor, m)) throw forbidden();
  const specialCommittees = await db
    .selectFrom('member_special_committees as msc')
    .innerJoin('special_committees as sc', (j) =>
      j.onRef('sc.committee_id', '=', 'msc.committee_id').onRef('sc.id', '=', 'msc.special_committee_id'),
    )
    .select(['sc.id', 'sc.name', 'msc.position'])
    .where('msc.committee_id', '=', actor.committeeId)
    .where('msc.member_id', '=', memberId)
    .orderBy('sc.sort')
    .execute();
  return {
    id: m.id,
    name: m.name,
    gender: m.gender,
    birthDate: m.birth_date,
    ethnicity: m.ethnicity,
    termId: m.term_id,
    termName: m.term_name,
    sectorId: m.sector_id,
    sectorName: m.sector_name,
    partyId: m.party_id,
    partyName: m.party_name,
    liaisonGroupId: m.liaison_group_id,
    liaisonGroupName: m.liaison_group_name,
    studioId: m.studio_id,
    studioName: m.studio_name,
    employer: m.employer,
    phone: m.phone,
    isStanding: m.is_standing,
    status: m.status,
    leftDate: m.left_date,
    leftReason: m.left_reason,
    note: m.note,
    specialCommittees: specialCommittees.map((s) => ({ specialCommitteeId: s.id, name: s.name, position: s.position })),
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    abilities: memberAbilities(actor, m),
  };
}
