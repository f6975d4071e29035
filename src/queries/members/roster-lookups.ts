import type { Db } from '../../db/database';
import type { RosterLookups } from '../../domain/members/roster-rules';

/**
 * What the roster rules match names against: the committee's organisation records and the phones in use.
 * One query after another, since the import runs them on its transaction's single connection.
 */
export async function loadRosterLookups(db: Db, committeeId: string): Promise<RosterLookups> {
  const terms = await db.selectFrom('terms').select(['id', 'name', 'number', 'is_current']).where('committee_id', '=', committeeId).orderBy('number').execute();
  const sectors = await db.selectFrom('sectors').select(['id', 'name']).where('committee_id', '=', committeeId).orderBy('sort').execute();
  const parties = await db.selectFrom('parties').select(['id', 'name']).where('committee_id', '=', committeeId).orderBy('sort').execute();
  const specialCommittees = await db
    .selectFrom('special_committees')
    .select(['id', 'name', 'short_name'])
    .where('committee_id', '=', committeeId)
    .orderBy('sort')
    .execute();
  const liaisonGroups = await db.selectFrom('liaison_groups').select(['id', 'name']).where('committee_id', '=', committeeId).orderBy('sort').execute();
  const phones = await db.selectFrom('members').select(['phone', 'name']).where('committee_id', '=', committeeId).where('phone', 'is not', null).execute();
  return {
    terms: terms.map((t) => ({ id: t.id, name: t.name, number: t.number, isCurrent: t.is_current })),
    sectors,
    parties,
    specialCommittees: specialCommittees.map((s) => ({ id: s.id, name: s.name, shortName: s.short_name })),
    liaisonGroups,
    phonesInUse: new Map(phones.flatMap((p) => (p.phone ? [[p.phone, p.name] as const] : []))),
  };
}
