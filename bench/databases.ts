import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseKind, type DatabaseOptions, type Db } from '../src/db/database';
import { migrate } from '../src/db/migrate';

export type DataSize = { committees: number; membersPerCommittee: number };

/** Fills a freshly migrated database with one data set and describes what it made. */
export type Populate<T> = (db: Db) => Promise<T>;

/** One generated data set, ready for a server process to open. */
export type PreparedData<T> = {
  data: T;
  /** What the app server process opens (passed to it as BENCH_DATABASE). */
  options: DatabaseOptions;
  /** The database server's processes when it runs outside the app (PostgreSQL), for CPU accounting. */
  databasePids?: () => Promise<number[]>;
  drop: () => Promise<void>;
};

/** A database server; prepare(name, populate) makes one database named `name` (a plain identifier) and fills it. */
export type Backend = { kind: DatabaseKind; version: string; prepare: <T>(name: string, populate: Populate<T>) => Promise<PreparedData<T>>; close: () => Promise<void> };

type PostgresServer = { url: string; adminUrl: string; stop: () => void };
const POSTGRES_SERVER_SCRIPT = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), '../scripts/lib/postgres-server.mjs')).href;

/** A private PostgreSQL server (scripts/lib/postgres-server.mjs), one database per data size. */
export async function postgresBackend(poolSize: number | undefined): Promise<Backend> {
  const { startPostgres } = (await import(POSTGRES_SERVER_SCRIPT)) as { startPostgres: () => Promise<PostgresServer> };
  const server = await startPostgres();
  const admin = new pg.Client(server.adminUrl);
  await admin.connect();
  const version = ((await admin.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?').split(' ')[0];
  return {
    kind: 'postgres',
    version: `PostgreSQL ${version}`,
    prepare: async (dataName, populate) => {
      const name = `bench_${dataName}`;
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
      const url = new URL(server.adminUrl);
      url.pathname = `/${name}`;
      const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 8 });
      await migrate(handle.db);
      const data = await populate(handle.db);
      await handle.close();
      return {
        data,
        options: { kind: 'postgres', url: url.toString(), poolSize },
        databasePids: async () => (await admin.query<{ pid: number }>('select pid from pg_stat_activity')).rows.map((r) => r.pid),
        drop: async () => {
          await admin.query(`drop database if exists ${name} with (force)`);
        },
      };
    },
    close: async () => {
      await admin.end();
      server.stop();
    },
  };
}

/** PGlite with its files in a temporary directory, one directory per data size, as a single-server installation runs it. */
export async function pgliteBackend(): Promise<Backend> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'xieshang-bench-pglite-'));
  let version = 'PGlite';
  return {
    kind: 'pglite',
    get version() {
      return version;
    },
    prepare: async (name, populate) => {
      const dataDir = path.join(root, name);
      const handle = await openDatabase({ kind: 'pglite', dataDir });
      await migrate(handle.db);
      const row = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(handle.db);
      version = `PGlite (PostgreSQL ${row.rows[0]?.v ?? '?'})`;
      const data = await populate(handle.db);
      await handle.close();
      return {
        data,
        options: { kind: 'pglite', dataDir },
        drop: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
    close: async () => rmSync(root, { recursive: true, force: true }),
  };
}
