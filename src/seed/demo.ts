import { createCommittee } from '../commands/committees/create-committee';
import { systemContext } from '../commands/context';
import { createUser } from '../commands/users/create-user';
import type { Db } from '../db/database';
import type { Role } from '../domain/roles';
import { DEMO_PASSWORD } from '../http/routes/system';
import { DEMO_COMMITTEES, EMPLOYERS, fictionalName, LIAISON_GROUPS, PARTIES, rng, SECTORS, SPECIAL_COMMITTEES, STUDIOS, UNITS } from './demo-data';

/** Creates the demo deployment: a city committee with two county committees, their organisation, units, members and one account per role. */
export async function seedDemo(db: Db): Promise<boolean> {
  const existing = await db.selectFrom('committees').select('id').where('code', '=', DEMO_COMMITTEES[0].code).executeTakeFirst();
  if (existing) return false;
  for (const [index, spec] of DEMO_COMMITTEES.entries()) {
    const { id } = await createCommittee(db, spec);
    await seedOrganisation(db, id, spec.prefix, spec.members, 1000 + index);
    await seedAccounts(db, id, spec.level === 'city');
  }
  return true;
}

export async function seedOrganisation(db: Db, committeeId: string, prefix: string, memberCount: number, seed: number) {
  const random = rng(seed);
  const c = { committee_id: committeeId };
  const [term] = await db
    .insertInto('terms')
    .values({ ...c, number: 5, name: '第五届', start_date: '2022-01-10', end_date: '2027-01-09', is_current: true })
    .returning('id')
    .execute();
  await db
    .insertInto('plenary_sessions')
    .values([1, 2, 3, 4].map((n) => ({ ...c, term_id: term.id, number: n, name: `五届${'一二三四'[n - 1]}次会议`, start_date: `${2021 + n}-01-12`, end_date: `${2021 + n}-01-15` })))
    .execute();
  const scs = await db
    .insertInto('special_committees')
    .values(SPECIAL_COMMITTEES.map(([name, short], i) => ({ ...c, name, short_name: short, sort: i + 1 })))
    .returning('id')
    .execute();
  const sectors = await db.insertInto('sectors').values(SECTORS.map((name, i) => ({ ...c, name, sort: i + 1 }))).returning('id').execute();
  const parties = await db.insertInto('parties').values(PARTIES.map(([name, kind], i) => ({ ...c, name, kind, sort: i + 1 }))).returning('id').execute();
  const groups = await db.insertInto('liaison_groups').values(LIAISON_GROUPS.map((name, i) => ({ ...c, name, sort: i + 1 }))).returning('id').execute();
  await db.insertInto('member_studios').values(STUDIOS.map(([name, location], i) => ({ ...c, name, location, sort: i + 1 }))).execute();
  await db
    .insertInto('handling_units')
    .values(
      UNITS.map(([name, category], i) => ({
        ...c,
        name: name.startsWith('中级') || name.startsWith('人民') ? `${prefix === '市' ? '云州市' : ''}${name}` : `${prefix}${name}`,
        category,
        sort: i + 1,
        contacts: JSON.stringify([{ name: fictionalName(random), title: '办公室主任', phone: `0917-${String(2100000 + i * 37).slice(0, 7)}` }]),
      })),
    )
    .execute();
  const members = Array.from({ length: memberCount }, (_, i) => ({
    ...c,
    name: fictionalName(random),
    gender: random() < 0.6 ? ('male' as const) : ('female' as const),
    birth_date: `${1960 + Math.floor(random() * 30)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
    ethnicity: random() < 0.95 ? '汉族' : '回族',
    term_id: term.id,
    sector_id: sectors[Math.floor(random() * sectors.length)].id,
    party_id: parties[Math.floor(random() * parties.length)].id,
    liaison_group_id: groups[i % groups.length].id,
    employer: EMPLOYERS[Math.floor(random() * EMPLOYERS.length)],
    phone: `139${String(seed).slice(-2)}${String(100000 + i * 7).padStart(6, '0')}`,
    is_standing: i % 6 === 0,
    updated_at: new Date(),
  }));
  const inserted = await db.insertInto('members').values(members).returning('id').execute();
  await db
    .insertInto('member_special_committees')
    .values(inserted.map((m, i) => ({ ...c, member_id: m.id, special_committee_id: scs[i % scs.length].id, position: i < scs.length ? ('director' as const) : ('member' as const) })))
    .execute();
}

const CITY_ACCOUNTS: { username: string; displayName: string; roles: Role[]; link?: 'member' | 'unit' | 'special_committee' }[] = [
  { username: 'office', displayName: '办公室 林晓', roles: ['office_staff'] },
  { username: 'proposal', displayName: '提案委 周航', roles: ['proposal_staff'] },
  { username: 'committee', displayName: '经济委 吴桐', roles: ['committee_staff'], link: 'special_committee' },
  { username: 'editor', displayName: '信息科 郑悦', roles: ['info_editor'] },
  { username: 'leader', displayName: '秘书长 陈远', roles: ['leader'] },
  { username: 'member', displayName: '', roles: ['member'], link: 'member' },
  { username: 'unit', displayName: '', roles: ['handling_unit'], link: 'unit' },
  { username: 'sysadmin', displayName: '系统管理员', roles: ['system_admin'] },
  { username: 'secadmin', displayName: '安全管理员', roles: ['security_admin'] },
  { username: 'auditor', displayName: '审计管理员', roles: ['audit_admin'] },
];

async function seedAccounts(db: Db, committeeId: string, isCity: boolean) {
  const ctx = systemContext(db, committeeId);
  const accounts = isCity ? CITY_ACCOUNTS : CITY_ACCOUNTS.filter((a) => ['office', 'member', 'sysadmin'].includes(a.username));
  for (const account of accounts) {
    let memberId: string | null = null;
    let handlingUnitId: string | null = null;
    let specialCommitteeId: string | null = null;
    let displayName = account.displayName;
    if (account.link === 'member') {
      const m = await db.selectFrom('members').select(['id', 'name']).where('committee_id', '=', committeeId).orderBy('phone').limit(1).executeTakeFirstOrThrow();
      memberId = m.id;
      displayName = m.name;
    }
    if (account.link === 'unit') {
      const u = await db.selectFrom('handling_units').select(['id', 'name']).where('committee_id', '=', committeeId).orderBy('sort').limit(1).executeTakeFirstOrThrow();
      handlingUnitId = u.id;
      displayName = u.name;
    }
    if (account.link === 'special_committee') {
      const sc = await db.selectFrom('special_committees').select('id').where('committee_id', '=', committeeId).where('short_name', '=', '经济委').executeTakeFirstOrThrow();
      specialCommitteeId = sc.id;
    }
    await createUser(ctx, { username: account.username, displayName, roles: account.roles, memberId, handlingUnitId, specialCommitteeId, password: DEMO_PASSWORD }, { mustChangePassword: false });
  }
}
