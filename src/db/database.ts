import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-driver';
import type { Database } from './schema';

export type DatabaseKind = 'pglite' | 'postgres';
export type Db = Kysely<Database>;
export type DatabaseHandle = { db: Db; kind: DatabaseKind; close: () => Promise<void> };

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** The same value types on both drivers: dates as 'YYYY-MM-DD', counts as numbers. */
const parsers = {
  [DATE_OID]: (value: string) => value,
  [INT8_OID]: (value: string) => Number(value),
  [NUMERIC_OID]: (value: string) => Number(value),
};

/**
 * A pg client that sends every parameterised statement as a named (prepared) one. PostgreSQL then plans each
 * distinct statement once per connection instead of on every request: the query builder makes a bounded set of
 * statement texts, and planning was half of PostgreSQL's work per request in the benchmark.
 */
const statementNames = new Map<string, string>();
/** node-pg keeps a connection's prepared statements until it closes: past this many distinct texts, send unnamed. */
const MAX_PREPARED = 2000;

function statementName(text: string): string | null {
  const known = statementNames.get(text);
  if (known) return known;
  if (statementNames.size >= MAX_PREPARED) return null;
  const name = `xs_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  statementNames.set(text, name);
  return name;
}

class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    const query = super.query as (...a: unknown[]) => never;
    const name = typeof text === 'string' && Array.isArray(values) && values.length > 0 ? statementName(text) : null;
    if (name) {
      return query.call(this, { text, values, name }, ...args.slice(2));
    }
    return query.apply(this, args);
  }
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string /* undefined: in memory */ };

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const types = {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        (parsers as Record<number, (v: string) => unknown>)[oid] ?? pg.types.getTypeParser(oid, format),
    } as pg.CustomTypesConfig;
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 20, types, Client: PreparingClient });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on next use.
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const client = new PGlite({ dataDir, parsers });
  await client.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
