import { z } from 'zod';
import { isoDate, optionalText, requiredText, uuid } from '../common-schemas';

/** Input schemas of the organisation records, shared by the server's validation and the web app's forms. */

export const PARTY_KINDS = ['party', 'group', 'none'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const partyKindLabels: Record<PartyKind, string> = { party: '民主党派', group: '人民团体', none: '无党派' };

const optionalDate = isoDate.nullish().transform((v) => v ?? null);
/** 排序: smaller first. */
export const sortOrder = z.number({ error: '排序应为数字' }).int('排序应为整数').min(0, '排序不能小于0').max(9999, '排序不能大于9999').default(0);
const ordinal = (max: number) => z.number({ error: '请输入序号（正整数）' }).int('序号应为整数').min(1, '序号应大于0').max(max, `序号不能大于${max}`);

const dateRangeIssue = { message: '结束日期不能早于开始日期', path: ['endDate'] };
const datesInOrder = (v: { startDate: string | null; endDate: string | null }) => !v.startDate || !v.endDate || v.endDate >= v.startDate;

/** 届: 第五届. Only one term of a committee is the current one. */
export const termInputSchema = z
  .object({
    number: ordinal(99),
    name: requiredText(30, '请输入届次名称'),
    startDate: optionalDate,
    endDate: optionalDate,
    isCurrent: z.boolean({ error: '当前届应为是或否' }).default(false),
  })
  .refine(datesInOrder, dateRangeIssue);
export type TermInput = z.output<typeof termInputSchema>;

/** 次会议: 五届三次会议, the yearly plenary session of a term. */
export const sessionInputSchema = z
  .object({
    termId: uuid('请选择届次'),
    number: ordinal(20),
    name: requiredText(50, '请输入会议名称'),
    startDate: optionalDate,
    endDate: optionalDate,
  })
  .refine(datesInOrder, dateRangeIssue);
export type SessionInput = z.output<typeof sessionInputSchema>;

export const specialCommitteeInputSchema = z.object({
  name: requiredText(50, '请输入专委会名称'),
  shortName: optionalText(20),
  sort: sortOrder,
});
export type SpecialCommitteeInput = z.output<typeof specialCommitteeInputSchema>;

export const sectorInputSchema = z.object({
  name: requiredText(50, '请输入界别名称'),
  sort: sortOrder,
});
export type SectorInput = z.output<typeof sectorInputSchema>;

export const partyInputSchema = z.object({
  name: requiredText(50, '请输入党派团体名称'),
  kind: z.enum(PARTY_KINDS, { error: '类别只能是民主党派、人民团体或无党派' }),
  sort: sortOrder,
});
export type PartyInput = z.output<typeof partyInputSchema>;

export const liaisonGroupInputSchema = z.object({
  name: requiredText(50, '请输入联络组名称'),
  description: optionalText(500),
  sort: sortOrder,
});
export type LiaisonGroupInput = z.output<typeof liaisonGroupInputSchema>;

export const studioInputSchema = z.object({
  name: requiredText(50, '请输入委员工作室名称'),
  location: optionalText(200),
  description: optionalText(500),
  sort: sortOrder,
});
export type StudioInput = z.output<typeof studioInputSchema>;
