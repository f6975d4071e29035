import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import type { Page } from '../../domain/common-schemas';
import type { Role } from '../../domain/roles';
import { presentUser, selectUsers, type UserListItem } from './user-rows';

export type UserFilter = { q?: string; role?: Role };

/** One page of the committee's accounts, by username, with the total. */
export async function listUsers(db: Db, actor: Actor, filter: UserFilter, page: number, pageSize: number): Promise<Page<UserListItem>> {
  let query = selectUsers(db, actor.committeeId);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('u.username', 'ilike', pattern), eb('u.display_name', 'like', pattern)]));
  }
  if (filter.role) query = query.where(sql<boolean>`${filter.role} = any(u.roles)`);
  const rows = await query
    .select(sql<number>`count(*) over ()`.as('total'))
    .orderBy(sql`u.username collate "C"`)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    const counted = await query.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    total = counted.n;
  }
  const now = new Date();
  return { items: rows.map((r) => presentUser(actor, r, now)), total: Number(total), page, pageSize };
}
