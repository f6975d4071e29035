import type { Db } from './database';
import { validationError } from '../errors/app-error';

type OwnedTable = 'terms' | 'sectors' | 'parties' | 'liaison_groups' | 'member_studios' | 'special_committees' | 'handling_units' | 'members';

const labels: Record<OwnedTable, string> = {
  terms: '届次',
  sectors: '界别',
  parties: '党派团体',
  liaison_groups: '联络组',
  member_studios: '委员工作室',
  special_committees: '专委会',
  handling_units: '承办单位',
  members: '委员',
};

/**
 * Refuses an id that does not name a record of the caller's committee, as a 400 on the field.
 * (The composite foreign keys would refuse it too, but only with a message that names no field.)
 */
export async function assertReferences(db: Db, committeeId: string, refs: { table: OwnedTable; id: string | null; field: string }[]) {
  for (const ref of refs) {
    if (!ref.id) continue;
    const row = await db
      .selectFrom(ref.table)
      .select('id')
      .where('committee_id', '=', committeeId)
      .where('id', '=', ref.id)
      .executeTakeFirst();
    if (!row) throw validationError(ref.field, `${labels[ref.table]}不存在`);
  }
}
