import { sql, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import type { Actor } from '../../domain/actor';
import type { Page } from '../../domain/common-schemas';
import type { MemberFilter } from '../../domain/members/member-schema';
import { memberAbilities } from '../../policies/members';

export type MemberListItem = {
  id: string;
  name: string;
  gender: 'male' | 'female' | null;
  phone: string | null;
  employer: string | null;
  isStanding: boolean;
  status: 'active' | 'left';
  leftDate: string | null;
  termName: string;
  sectorName: string;
  partyName: string | null;
  abilities: ReturnType<typeof memberAbilities>;
};

type MemberQuery = SelectQueryBuilder<Database & { m: Database['members'] }, 'm', object>;

function applyFilter<Q extends MemberQuery>(query: Q, filter: MemberFilter): Q {
  let q = query;
  if (filter.status) q = q.where('m.status', '=', filter.status) as Q;
  if (filter.sectorId) q = q.where('m.sector_id', '=', filter.sectorId) as Q;
  if (filter.partyId) q = q.where('m.party_id', '=', filter.partyId) as Q;
  if (filter.termId) q = q.where('m.term_id', '=', filter.termId) as Q;
  if (filter.liaisonGroupId) q = q.where('m.liaison_group_id', '=', filter.liaisonGroupId) as Q;
  if (filter.isStanding !== undefined) q = q.where('m.is_standing', '=', filter.isStanding) as Q;
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('m.name', 'like', pattern), eb('m.phone', 'like', pattern)])) as Q;
  }
  if (filter.specialCommitteeId) {
    const scId = filter.specialCommitteeId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('member_special_committees as msc')
          .select(sql.lit(1).as('one'))
          .whereRef('msc.committee_id', '=', 'm.committee_id')
          .whereRef('msc.member_id', '=', 'm.id')
          .where('msc.special_committee_id', '=', scId),
      ),
    ) as Q;
  }
  return q;
}

/** One page of members with the total, in one round trip (the count rides along as a window). */
export async function listMembers(db: Db, actor: Actor, filter: MemberFilter, page: number, pageSize: number): Promise<Page<MemberListItem>> {
  const base = db.selectFrom('members as m').where('m.committee_id', '=', actor.committeeId) as unknown as MemberQuery;
  const rows = await applyFilter(base, filter)
    .innerJoin('terms as t', (j) => j.onRef('t.committee_id', '=', 'm.committee_id').onRef('t.id', '=', 'm.term_id'))
    .innerJoin('sectors as s', (j) => j.onRef('s.committee_id', '=', 'm.committee_id').onRef('s.id', '=', 'm.sector_id'))
    .leftJoin('parties as p', (j) => j.onRef('p.committee_id', '=', 'm.committee_id').onRef('p.id', '=', 'm.party_id'))
    .select([
      'm.id',
      'm.name',
      'm.gender',
      'm.phone',
      'm.employer',
      'm.is_standing',
      'm.status',
      'm.left_date',
      't.name as term_name',
      's.name as sector_name',
      'p.name as party_name',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .orderBy(sql`m.name collate "C"`)
    .orderBy('m.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    const counted = await applyFilter(base, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    total = counted.n;
  }
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      gender: r.gender,
      phone: r.phone,
      employer: r.employer,
      isStanding: r.is_standing,
      status: r.status,
      leftDate: r.left_date,
      termName: r.term_name,
      sectorName: r.sector_name,
      partyName: r.party_name,
      abilities: memberAbilities(actor, r),
    })),
    total: Number(total),
    page,
    pageSize,
  };
}
