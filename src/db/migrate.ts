import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Forward-only migrations: the .sql files in migrations/, applied once each in name order, each in a transaction. */
export async function migrate(db: Db): Promise<string[]> {
  await sql`create table if not exists schema_migrations (
    version text primary key, applied_at timestamptz not null default now())`.execute(db);
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    const done = await db.transaction().execute(async (trx) => {
      // Two processes starting together must not both apply the same migration.
      await sql`select pg_advisory_xact_lock(7531902)`.execute(trx);
      const existing = await trx.selectFrom('schema_migrations').select('version').where('version', '=', version).executeTakeFirst();
      if (existing) return false;
      await sql.raw(readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8')).execute(trx);
      await trx.insertInto('schema_migrations').values({ version }).execute();
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}
