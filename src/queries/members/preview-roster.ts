import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { checkRoster } from '../../domain/members/roster-rules';
import { forbidden } from '../../errors/app-error';
import { memberPolicy } from '../../policies/members';
import { readFirstSheet } from '../../xlsx/read-sheet';
import { loadRosterLookups } from './roster-lookups';

/** What an upload would import, row by row with its problems. Nothing is written and nothing is kept. */
export async function previewRoster(db: Db, actor: Actor, file: Buffer) {
  if (!memberPolicy.importRoster(actor)) throw forbidden();
  const sheet = await readFirstSheet(file);
  const check = checkRoster(sheet, await loadRosterLookups(db, actor.committeeId));
  return {
    rows: check.rows.map((r) => ({ row: r.row, values: r.values, errors: r.errors })),
    validCount: check.validCount,
    invalidCount: check.invalidCount,
  };
}
