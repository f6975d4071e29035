import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database';
import { memberColumns } from '../../db/member-rows';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import type { MemberInput } from '../../domain/members/member-schema';
import { checkRoster, rosterProblems, type RosterCheck } from '../../domain/members/roster-rules';
import { AppError, ErrorCode, forbidden } from '../../errors/app-error';
import { memberPolicy } from '../../policies/members';
import { loadRosterLookups } from '../../queries/members/roster-lookups';
import { readFirstSheet } from '../../xlsx/read-sheet';
import { auditAs, type CommandContext } from '../context';

export type RosterUpload = { content: Buffer; fileName: string | null };
export type RosterImportResult = { imported: number; skipped: number[] };

const CHUNK = 500;

/** The refusal names the first bad row in its message and lists every problem in its details. */
function refusal(check: RosterCheck, skipInvalid: boolean): AppError {
  const problems = rosterProblems(check);
  const first = problems[0];
  const summary = skipInvalid ? '没有可导入的行' : `共${check.invalidCount}行有误，未导入任何数据；可修改后重新上传，或选择跳过错误行`;
  const message = first ? `第${first.row}行：${first.message}。${summary}` : summary;
  return new AppError(ErrorCode.Validation, message, { field: 'file', details: problems });
}

async function insertMembers(db: Db, committeeId: string, inputs: MemberInput[]): Promise<string[]> {
  // Ids are made here so that each row's 专委会 can be linked without relying on the order RETURNING gives.
  const rows = inputs.map((input) => ({ id: randomUUID(), input }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const now = new Date();
    await db
      .insertInto('members')
      .values(chunk.map(({ id, input }) => ({ committee_id: committeeId, id, ...memberColumns(input), updated_at: now })))
      .execute();
    const memberships = chunk.flatMap(({ id, input }) =>
      input.specialCommittees.map((s) => ({ committee_id: committeeId, member_id: id, special_committee_id: s.specialCommitteeId, position: s.position })),
    );
    if (memberships.length > 0) await db.insertInto('member_special_committees').values(memberships).execute();
  }
  return rows.map((r) => r.id);
}

/**
 * Imports a roster file. The server keeps nothing between preview and import: the file is read and checked
 * again here, inside the transaction, against the records as they are now. Any bad row refuses the whole
 * file unless the caller asked to skip bad rows; either way one audit event records the counts.
 */
export async function importRoster(ctx: CommandContext, upload: RosterUpload, options: { skipInvalid: boolean }): Promise<RosterImportResult> {
  if (!memberPolicy.importRoster(ctx.actor)) throw forbidden();
  const committeeId = ctx.actor.committeeId;
  const sheet = await readFirstSheet(upload.content);
  return inTransaction(ctx.db, async (trx) => {
    const check = checkRoster(sheet, await loadRosterLookups(trx, committeeId));
    if (check.invalidCount > 0 && !options.skipInvalid) throw refusal(check, false);
    if (check.validCount === 0) throw refusal(check, true);
    const valid = check.rows.flatMap((r) => (r.input ? [r.input] : []));
    const skipped = check.rows.filter((r) => r.errors.length > 0).map((r) => r.row);
    const memberIds = await insertMembers(trx, committeeId, valid);
    await auditAs(trx, ctx, {
      action: AuditAction.RosterImported,
      objectType: 'member',
      objectLabel: upload.fileName || '委员名册',
      after: { fileName: upload.fileName, rows: check.rows.length, imported: memberIds.length, skipped, memberIds },
    });
    return { imported: memberIds.length, skipped };
  });
}
