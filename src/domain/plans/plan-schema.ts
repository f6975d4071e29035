import { z } from 'zod';
import { isoDate, optionalText, requiredText } from '../common-schemas';
import { PLAN_ACTIONS } from './plan-states';
import { PLAN_FORMS } from './plan-forms';
import { UNIT_CATEGORIES } from '../organisation/handling-unit-schema';
import { PARTY_KINDS } from '../organisation/organisation-schemas';

/** Schemas of the plan shared by the server's validation and the web app's forms. */
export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为YYYY-MM');

/** The longest each notice field may be; the importer cuts what it reads to these. */
export const NOTICE_LIMITS = { recipients: 300, reportTo: 300, sendTo: 300, preamble: 5000, requirements: 10000, noticeBody: 2000 } as const;

export const planInputSchema = z.object({
  year: z.number({ error: '请填写年度' }).int().min(2000, '年度不正确').max(2100, '年度不正确'),
  title: requiredText(100, '请填写计划标题'),
  docNumber: optionalText(50),
  recipients: optionalText(NOTICE_LIMITS.recipients),
  reportTo: optionalText(NOTICE_LIMITS.reportTo),
  sendTo: optionalText(NOTICE_LIMITS.sendTo),
  preamble: optionalText(NOTICE_LIMITS.preamble),
  requirements: optionalText(NOTICE_LIMITS.requirements),
  noticeBody: optionalText(NOTICE_LIMITS.noticeBody),
});
export type PlanInput = z.output<typeof planInputSchema>;

const names = z.array(z.string().trim().min(1).max(100)).max(30).default([]);

export const planItemInputSchema = z
  .object({
    form: z.enum(PLAN_FORMS, { error: '请选择协商形式' }),
    category: optionalText(40),
    title: requiredText(200, '请填写协商议题'),
    startMonth: yearMonth.nullish().transform((v) => v ?? null),
    endMonth: yearMonth.nullish().transform((v) => v ?? null),
    leadUnits: names,
    consultedDepartments: names,
    meeting: optionalText(100),
    leadLeader: optionalText(100),
    participants: optionalText(500),
    contents: z.array(z.string().trim().min(1).max(2000)).max(50).default([]),
    brandTag: optionalText(40),
    sources: z.record(z.string(), z.number().int()).nullish().transform((v) => v ?? null),
  })
  .refine((i) => !i.endMonth || (i.startMonth !== null && i.endMonth >= i.startMonth), { message: '结束月份不能早于开始月份', path: ['endMonth'] })
  .refine((i) => i.form !== 'other' || !!i.category, { message: '形式为“其他”时请填写形式名称', path: ['category'] });
export type PlanItemInput = z.output<typeof planItemInputSchema>;

/** A whole plan as the importer proposed it and staff corrected it: saved in one go. */
export const importedPlanSchema = z.object({
  plan: planInputSchema,
  items: z.array(planItemInputSchema).min(1, '至少需要一项协商活动').max(100, '协商活动不能超过100项'),
  source: z.object({ fileName: z.string().max(200).nullish(), warnings: z.array(z.string().max(500)).max(200).default([]) }).default({ warnings: [] }),
});

export const planTransitionSchema = z.object({
  action: z.enum(PLAN_ACTIONS, { error: '操作无效' }),
  /** submit_to_chairs / record_decision: the meeting and its date. */
  meeting: optionalText(100),
  meetingDate: isoDate.nullish().transform((v) => v ?? null),
  /** issue: the document number and the issue date. */
  docNumber: optionalText(50),
  issueDate: isoDate.nullish().transform((v) => v ?? null),
  /** return_to_draft: why. */
  reason: optionalText(500),
  /** send_for_comment: the bodies asked. */
  invitees: z
    .array(z.object({ specialCommitteeId: z.uuid().nullish(), handlingUnitId: z.uuid().nullish(), partyId: z.uuid().nullish() }))
    .max(100)
    .default([]),
});
export type PlanTransitionInput = z.output<typeof planTransitionSchema>;

const approval = { reason: requiredText(500, '请填写调整原因'), approver: requiredText(100, '请填写批准人'), approvedOn: isoDate };

export const planAdjustmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add'), item: planItemInputSchema, ...approval }),
  z.object({ kind: z.literal('cancel'), itemId: z.uuid({ message: '请选择要取消的活动' }), ...approval }),
  z.object({
    kind: z.literal('move'),
    itemId: z.uuid({ message: '请选择要调整的活动' }),
    startMonth: yearMonth,
    endMonth: yearMonth.nullish().transform((v) => v ?? null),
    ...approval,
  }),
]);
export type PlanAdjustmentInput = z.output<typeof planAdjustmentSchema>;

export const planCommentSchema = z.object({
  itemId: z.uuid({ message: '协商活动无效' }).nullish().transform((v) => v ?? null),
  /** Office staff recording a comment received on paper or by phone name the invited body it came from. */
  inviteId: z.uuid({ message: '征求意见单位无效' }).nullish().transform((v) => v ?? null),
  body: requiredText(2000, '请填写意见'),
});
export type PlanCommentInput = z.output<typeof planCommentSchema>;

export const BODY_KINDS = ['special_committee', 'party', 'sector', 'liaison_group', 'handling_unit'] as const;

/** Links a name as the plan writes it to a record, in every item of the plan; optionally remembered for later imports. */
export const planNameLinkSchema = z
  .object({
    name: requiredText(200, '请填写名称'),
    role: z.enum(['lead', 'consulted'], { error: '名称类别只能是承办单位或协商部门' }),
    kind: z.enum(BODY_KINDS, { error: '请选择关联的机构类型' }),
    id: z.uuid({ message: '请选择关联的机构' }).nullish().transform((v) => v ?? null),
    /**
     * Instead of choosing a record, create one of `kind` under the name as written: a body the organisation lacks.
     * A handling unit needs its category, a party its kind.
     */
    create: z
      .object({
        category: z.enum(UNIT_CATEGORIES, { error: '请选择单位类别' }).nullish(),
        partyKind: z.enum(PARTY_KINDS, { error: '请选择党派团体类别' }).nullish(),
      })
      .nullish()
      .transform((v) => v ?? null),
    remember: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (!v.id && !v.create) ctx.addIssue({ code: 'custom', path: ['id'], message: '请选择关联的机构' });
    if (!v.create) return;
    if (v.kind === 'handling_unit' && !v.create.category) ctx.addIssue({ code: 'custom', path: ['category'], message: '请选择单位类别' });
    if (v.kind === 'party' && !v.create.partyKind) ctx.addIssue({ code: 'custom', path: ['partyKind'], message: '请选择党派团体类别' });
    const limit = v.kind === 'handling_unit' ? 100 : 50;
    if (v.name.length > limit) ctx.addIssue({ code: 'custom', path: ['name'], message: `新建机构的名称不能超过${limit}个字` });
  });
export type PlanNameLinkInput = z.output<typeof planNameLinkSchema>;
