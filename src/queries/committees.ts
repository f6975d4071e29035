import type { Db } from '../db/database';

/** The committees of this deployment, city first and its counties below it, for the login page's picker. */
export async function listCommitteesForLogin(db: Db) {
  const rows = await db.selectFrom('committees').select(['code', 'name', 'level', 'parent_id', 'id']).orderBy('created_at').execute();
  const order = (r: (typeof rows)[number]) => (r.level === 'province' ? 0 : r.level === 'city' ? 1 : 2);
  return rows.sort((a, b) => order(a) - order(b)).map((r) => ({ code: r.code, name: r.name, level: r.level }));
}

/** The health check's one round trip to the database. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.selectFrom('committees').select('id').limit(1).execute();
}
