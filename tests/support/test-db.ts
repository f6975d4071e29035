import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * suite's PostgreSQL server when XS_TEST_DB=postgres (TEST_PG_ADMIN_URL names that server).
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (process.env.XS_TEST_DB === 'postgres') {
    const adminUrl = process.env.TEST_PG_ADMIN_URL;
    if (!adminUrl) throw new Error('XS_TEST_DB=postgres needs TEST_PG_ADMIN_URL (scripts/test.mjs sets it)');
    const name = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client(adminUrl);
    await admin.connect();
    await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
    await migrate(handle.db);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        const cleanup = new pg.Client(adminUrl);
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  const handle = await openDatabase({ kind: 'pglite' });
  await migrate(handle.db);
  return handle;
}
