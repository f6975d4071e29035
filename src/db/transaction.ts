import type { Db } from './database';
import { translateDbError } from './errors';

/** Runs a command's writes in one transaction; the database's refusals come out as AppErrors. */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute((trx) => work(trx));
  } catch (error) {
    throw translateDbError(error);
  }
}
