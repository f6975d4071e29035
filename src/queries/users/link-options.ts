import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { forbidden } from '../../errors/app-error';
import { userPolicy } from '../../policies/users';

/**
 * The members or units an account can be linked to, by name, for the system administrator. It shows only what
 * linking needs (name, sector or short name, whether already linked), not the member list's personal data.
 */
export type LinkKind = 'member' | 'unit' | 'special_committee';

export async function linkOptions(db: Db, actor: Actor, kind: LinkKind, q: string | undefined) {
  if (!userPolicy.manage(actor)) throw forbidden();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  if (kind === 'member') {
    let query = db
      .selectFrom('members as m')
      .innerJoin('sectors as s', (j) => j.onRef('s.committee_id', '=', 'm.committee_id').onRef('s.id', '=', 'm.sector_id'))
      .leftJoin('users as u', (j) => j.onRef('u.committee_id', '=', 'm.committee_id').onRef('u.member_id', '=', 'm.id'))
      .select(['m.id', 'm.name', 's.name as hint', 'u.username as linked_to'])
      .where('m.committee_id', '=', actor.committeeId)
      .where('m.status', '=', 'active');
    if (pattern) query = query.where('m.name', 'like', pattern);
    const rows = await query.orderBy('m.name').limit(20).execute();
    return rows.map((r) => ({ id: r.id, name: r.name, hint: r.hint, linkedTo: r.linked_to }));
  }
  if (kind === 'special_committee') {
    let query = db.selectFrom('special_committees').select(['id', 'name', 'short_name as hint']).where('committee_id', '=', actor.committeeId);
    if (pattern) query = query.where((eb) => eb.or([eb('name', 'like', pattern), eb('short_name', 'like', pattern)]));
    const rows = await query.orderBy('sort').limit(20).execute();
    return rows.map((r) => ({ id: r.id, name: r.name, hint: r.hint, linkedTo: null }));
  }
  let query = db.selectFrom('handling_units').select(['id', 'name', 'short_name as hint']).where('committee_id', '=', actor.committeeId).where('active', '=', true);
  if (pattern) query = query.where('name', 'like', pattern);
  const rows = await query.orderBy('sort').limit(20).execute();
  return rows.map((r) => ({ id: r.id, name: r.name, hint: r.hint, linkedTo: null }));
}
