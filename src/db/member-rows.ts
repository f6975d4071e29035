import type { MemberInput } from '../domain/members/member-schema';
import type { Db } from './database';
import { assertReferences } from './references';

/** The columns of a member row from validated input. */
export function memberColumns(input: MemberInput) {
  return {
    name: input.name,
    gender: input.gender,
    birth_date: input.birthDate,
    ethnicity: input.ethnicity,
    term_id: input.termId,
    sector_id: input.sectorId,
    party_id: input.partyId,
    liaison_group_id: input.liaisonGroupId,
    studio_id: input.studioId,
    employer: input.employer,
    phone: input.phone,
    is_standing: input.isStanding,
    note: input.note,
  };
}

export async function assertMemberReferences(db: Db, committeeId: string, input: MemberInput) {
  await assertReferences(db, committeeId, [
    { table: 'terms', id: input.termId, field: 'termId' },
    { table: 'sectors', id: input.sectorId, field: 'sectorId' },
    { table: 'parties', id: input.partyId, field: 'partyId' },
    { table: 'liaison_groups', id: input.liaisonGroupId, field: 'liaisonGroupId' },
    { table: 'member_studios', id: input.studioId, field: 'studioId' },
    ...input.specialCommittees.map((s, i) => ({ table: 'special_committees' as const, id: s.specialCommitteeId, field: `specialCommittees.${i}` })),
  ]);
}

/** Replaces a member's special-committee memberships. */
export async function setSpecialCommittees(db: Db, committeeId: string, memberId: string, list: MemberInput['specialCommittees']) {
  await db.deleteFrom('member_special_committees').where('committee_id', '=', committeeId).where('member_id', '=', memberId).execute();
  if (list.length === 0) return;
  await db
    .insertInto('member_special_committees')
    .values(list.map((s) => ({ committee_id: committeeId, member_id: memberId, special_committee_id: s.specialCommitteeId, position: s.position })))
    .execute();
}

/** A member as the audit trail records it: the input fields, without timestamps. */
export async function memberSnapshot(db: Db, committeeId: string, memberId: string) {
  const row = await db.selectFrom('members').selectAll().where('committee_id', '=', committeeId).where('id', '=', memberId).executeTakeFirst();
  if (!row) return null;
  const specialCommittees = await db
    .selectFrom('member_special_committees')
    .select(['special_committee_id', 'position'])
    .where('committee_id', '=', committeeId)
    .where('member_id', '=', memberId)
    .execute();
  const { created_at: _c, updated_at: _u, committee_id: _k, ...rest } = row;
  return { ...rest, special_committees: specialCommittees };
}
