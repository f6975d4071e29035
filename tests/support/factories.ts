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
  options: { username?: string; password?: string; memberId?: string; handlingUnitId?: string; mustChangePassword?: boolean } = {},
) {
  seq += 1;
  const username = options.username ?? `u${seq}${roles[0].replace(/_/g, '')}`;
  const memberId = roles.includes('member') ? (options.memberId ?? committee.memberIds[0]) : null;
  const handlingUnitId = roles.includes('handling_unit') ? (options.handlingUnitId ?? committee.unitIds[0]) : null;
  const password = options.password ?? TEST_PASSWORD;
  const { id } = await createUser(
    systemContext(db, committee.id),
    { username, password, displayName: `测试${username}`, roles, memberId, handlingUnitId },
    { mustChangePassword: options.mustChangePassword ?? false },
  );
  return { id, username, password, committeeCode: committee.code, memberId, handlingUnitId };
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
