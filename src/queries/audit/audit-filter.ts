import { z } from 'zod';
import { AuditAction } from '../../domain/audit-actions';
import { pageQuery } from '../../domain/common-schemas';

/**
 * Times typed without an offset are Beijing time: every committee this serves is in China, and an
 * auditor asking for "2026-03-01" means that day as it was lived there, not in UTC.
 */
const CHINA_OFFSET = '+08:00';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A bound of the time range: a day (from its start, or to its end) or an instant. */
function timeBound(edge: 'from' | 'to') {
  return z
    .string()
    .trim()
    .refine((s) => DATE.test(s) || DATETIME.test(s), '格式应为YYYY-MM-DD或YYYY-MM-DDTHH:mm:ss')
    .transform((s, ctx) => {
      const dayOnly = DATE.test(s);
      let text = dayOnly ? `${s}T00:00:00${CHINA_OFFSET}` : s.replace(' ', 'T');
      if (!dayOnly && !/(Z|[+-]\d{2}:?\d{2})$/.test(text)) text += CHINA_OFFSET;
      const at = new Date(text);
      if (Number.isNaN(at.getTime())) {
        ctx.addIssue({ code: 'custom', message: '时间无效' });
        return z.NEVER;
      }
      // "to 2026-03-01" includes the whole of that day: the bound is the next midnight, exclusive.
      if (dayOnly && edge === 'to') return { at: new Date(at.getTime() + 86_400_000), inclusive: false };
      return { at, inclusive: true };
    });
}

const auditActions = Object.values(AuditAction) as [AuditAction, ...AuditAction[]];

/** The query string of the audit log: filters and the page. */
export const auditQuerySchema = z
  .object({
    from: timeBound('from').optional(),
    to: timeBound('to').optional(),
    actor: z.string().trim().max(50).optional(),
    action: z.enum(auditActions, { error: '操作类型无效' }).optional(),
    objectType: z.string().trim().max(50).optional(),
    objectId: z.string().trim().max(100).optional(),
    result: z.enum(['success', 'failure', 'denied'], { error: '结果只能是success、failure或denied' }).optional(),
    ...pageQuery.shape,
  })
  .refine((f) => !f.from?.at || !f.to?.at || f.from.at < f.to.at || (f.to.inclusive && f.from.at.getTime() === f.to.at.getTime()), {
    path: ['to'],
    message: '结束时间不能早于开始时间',
  });
export type AuditFilter = Omit<z.output<typeof auditQuerySchema>, 'page' | 'pageSize'>;
