import { z } from 'zod';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { requiredText } from '../../domain/common-schemas';
import { defaultSecuritySettings } from '../../domain/security-settings';
import { validationError } from '../../errors/app-error';
import { auditAs, systemContext } from '../context';

export const createCommitteeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,31}$/, '代码须为2至32位小写字母、数字或连字符，以字母开头'),
  name: requiredText(100, '请输入委员会名称'),
  shortName: z.string().trim().max(30).optional(),
  level: z.enum(['province', 'city', 'county'], { error: '级别只能是province、city或county' }),
  parentCode: z.string().trim().optional(),
});
export type CreateCommitteeInput = z.input<typeof createCommitteeSchema>;

/** A new tenant: the committee row, its default security settings, and the audit event, in one transaction. Run from the command line or the seed. */
export async function createCommittee(db: Db, raw: CreateCommitteeInput): Promise<{ id: string }> {
  const input = createCommitteeSchema.parse(raw);
  return inTransaction(db, async (trx) => {
    let parentId: string | null = null;
    if (input.parentCode) {
      const parent = await trx.selectFrom('committees').select('id').where('code', '=', input.parentCode).executeTakeFirst();
      if (!parent) throw validationError('parentCode', `上级委员会 ${input.parentCode} 不存在`);
      parentId = parent.id;
    }
    const { id } = await trx
      .insertInto('committees')
      .values({ code: input.code, name: input.name, short_name: input.shortName ?? input.name, level: input.level, parent_id: parentId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('committee_settings')
      .values({ committee_id: id, security: JSON.stringify(defaultSecuritySettings), updated_at: new Date() })
      .execute();
    await auditAs(trx, systemContext(trx, id), {
      action: AuditAction.CommitteeCreated,
      objectType: 'committee',
      objectId: id,
      objectLabel: input.name,
      after: input,
    });
    return { id };
  });
}
