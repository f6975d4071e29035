import { sql } from 'kysely';
import { createCommittee } from '../src/commands/committees/create-committee';
import { systemContext } from '../src/commands/context';
import { createUser } from '../src/commands/users/create-user';
import type { Db } from '../src/db/database';
import { Role } from '../src/domain/roles';
import { seedOrganisation } from '../src/seed/demo';

/** Every benchmark account has this password; it passes the default password policy. */
export const BENCH_PASSWORD = 'Bench@2026-load';
export const BENCH_USERNAME = 'office';

export type BenchCommittee = { id: string; code: string; sectorIds: string[] };
export type GeneratedData = { committees: BenchCommittee[]; members: number; units: number; users: number; seconds: number };
export type GenerateOptions = { committees: number; membersPerCommittee: number; concurrency?: number; onProgress?: (done: number) => void };

/**
 * N committees, each with the demo organisation (a term, sessions, 8 special committees, 27 sectors, 13 parties,
 * 5 liaison groups, 4 studios, 40 handling units), M fictional members inserted in one multi-row statement,
 * and one office_staff account. Committees are built through the real commands, several at a time.
 */
export async function generateData(db: Db, options: GenerateOptions): Promise<GeneratedData> {
  const started = Date.now();
  const concurrency = options.concurrency ?? 4;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < options.committees) {
      const index = next++;
      await generateCommittee(db, index, options.membersPerCommittee);
      options.onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, options.committees) }, worker));
  // Fresh tables have no statistics yet; a production database would, so plans are measured as they would run there.
  await sql`analyze`.execute(db);
  return { ...(await describeData(db)), seconds: (Date.now() - started) / 1000 };
}

async function generateCommittee(db: Db, index: number, members: number) {
  const number = String(index + 1).padStart(3, '0');
  const { id } = await createCommittee(db, { code: `bench-${number}`, name: `政协基准测试第${number}委员会`, level: 'county' });
  await seedOrganisation(db, id, '县', members, 5000 + index);
  await createUser(
    systemContext(db, id),
    { username: BENCH_USERNAME, displayName: `办公室 ${number}`, roles: [Role.OfficeStaff], memberId: null, handlingUnitId: null, specialCommitteeId: null, password: BENCH_PASSWORD },
    { mustChangePassword: false },
  );
}

/** What the database holds now: the committees with their sectors (the filters the load rotates over) and the row counts. */
export async function describeData(db: Db): Promise<Omit<GeneratedData, 'seconds'>> {
  const committees = await db.selectFrom('committees').select(['id', 'code']).where('code', 'like', 'bench-%').orderBy('code').execute();
  const sectors = await db.selectFrom('sectors').select(['committee_id', 'id']).orderBy('committee_id').orderBy('sort').execute();
  const byCommittee = new Map<string, string[]>();
  for (const s of sectors) byCommittee.set(s.committee_id, [...(byCommittee.get(s.committee_id) ?? []), s.id]);
  const count = async (table: 'members' | 'handling_units' | 'users') =>
    (await db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
  return {
    committees: committees.map((c) => ({ id: c.id, code: c.code, sectorIds: byCommittee.get(c.id) ?? [] })),
    members: await count('members'),
    units: await count('handling_units'),
    users: await count('users'),
  };
}
