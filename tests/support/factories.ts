import { randomBytes } from 'node:crypto';
import { createCommittee } from '../../src/commands/committees/create-committee';
import { systemContext } from '../../src/commands/context';
import { createUser } from '../../src/commands/users/create-user';
import type { Db } from '../../src/db/database';
import type { Role } from '../../src/domain/roles';
import { seedOrganisation } from '../../src/seed/demo';

export const TEST_PASSWORD = 'Test@Pass2026';

export type TestCommittee = {
  id: string;
  code: string;
  termId: string;
  sectorIds: string[];
  partyIds: string[];
  specialCommitteeIds: string[];
  unitIds: string[];
  memberIds: string[];
};

let seq = 0;

/** A committee with its organisation (term, sectors, parties, special committees, units) and `members` members. */
export async function createTestCommittee(db: Db, options: { code?: string; members?: number; level?: 'city' | 'county'; parentCode?: string } = {}): Promise<TestCommittee> {
  seq += 1;
  const code = options.code ?? `c${seq}-${randomBytes(3).toString('hex')}`;
  const { id } = await createCommittee(db, { code, name: `测试委员会${seq}`, level: options.level ?? 'city', parentCode: options.parentCode });
  await seedOrganisation(db, id, '市', options.members ?? 10, 2000 + seq);
  const ids = async (table: 'sectors' | 'parties' | 'special_committees' | 'handling_units' | 'members') =>
    (await db.selectFrom(table).select('id').where('committee_id', '=', id).orderBy('id').execute()).map((r) => r.id);
  const term = await db.selectFrom('terms').select('id').where('committee_id', '=', id).executeTakeFirstOrThrow();
  return {
    id,
    code,
    termId: term.id,
    sectorIds: await ids('sectors'),
    partyIds: await ids('parties'),
    specialCommitteeIds: await ids('special_committees'),
    unitIds: await ids('handling_units'),
    memberIds: await ids('members'),
  };
}

/** An account with the given roles; member and unit accounts are linked to the committee's first member or unit unless told otherwise. */
export async function createTestUser(
  db: Db,
  committee: TestCommittee,
  roles: Role[],
  options: { username?: string; password?: string; memberId?: string; handlingUnitId?: string; specialCommitteeId?: string; mustChangePassword?: boolean } = {},
) {
  seq += 1;
  const username = options.username ?? `u${seq}${roles[0].replace(/_/g, '')}`;
  const memberId = roles.includes('member') ? (options.memberId ?? committee.memberIds[0]) : null;
  const handlingUnitId = roles.includes('handling_unit') ? (options.handlingUnitId ?? committee.unitIds[0]) : null;
  const specialCommitteeId = roles.includes('committee_staff') ? (options.specialCommitteeId ?? null) : null;
  const password = options.password ?? TEST_PASSWORD;
  const { id } = await createUser(
    systemContext(db, committee.id),
    { username, password, displayName: `测试${username}`, roles, memberId, handlingUnitId, specialCommitteeId },
    { mustChangePassword: options.mustChangePassword ?? false },
  );
  return { id, username, password, committeeCode: committee.code, memberId, handlingUnitId, specialCommitteeId };
}

/** A valid member input for POST /api/members, with overrides. */
export function memberInput(committee: TestCommittee, overrides: Record<string, unknown> = {}) {
  seq += 1;
  return {
    name: `测试委员${seq}`,
    gender: 'female',
    termId: committee.termId,
    sectorId: committee.sectorIds[0],
    partyId: committee.partyIds[0],
    phone: `137${String(10_000_000 + seq * 13).slice(-8)}`,
    employer: '云州学院教授',
    isStanding: false,
    specialCommittees: [{ specialCommitteeId: committee.specialCommitteeIds[0], position: 'member' }],
    ...overrides,
  };
}

/** A valid handling unit input for POST /api/units, with overrides. */
export function unitInput(overrides: Record<string, unknown> = {}) {
  seq += 1;
  return {
    name: `测试局${seq}`,
    shortName: `测${seq}`,
    category: 'government',
    address: '云州市政务中心',
    contacts: [
      { name: '王建', title: '办公室主任', phone: '0917-2100000' },
      { name: '李娜', title: '科员', phone: '13800000000' },
    ],
    active: true,
    sort: 100 + seq,
    ...overrides,
  };
}

/** A valid input for POST /api/organisation/:kind, one per kind, with overrides; numbers and names are fresh on each call. */
export function organisationInput(kind: string, committee: TestCommittee, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  const byKind: Record<string, Record<string, unknown>> = {
    terms: { number: 10 + (seq % 89), name: `第${seq}届测试`, startDate: '2027-01-10', endDate: '2032-01-09', isCurrent: false },
    sessions: { termId: committee.termId, number: 5 + (seq % 16), name: `测试${seq}次会议`, startDate: '2026-01-12', endDate: '2026-01-15' },
    'special-committees': { name: `测试委员会${seq}`, shortName: `测试委${seq}`, sort: seq },
    sectors: { name: `测试界${seq}`, sort: seq },
    parties: { name: `测试党派${seq}`, kind: 'party', sort: seq },
    'liaison-groups': { name: `第${seq}联络组`, description: '负责测试片区', sort: seq },
    studios: { name: `测试工作室${seq}`, location: '云州市中心街道', description: '委员履职平台', sort: seq },
  };
  return { ...byKind[kind], ...overrides };
}
