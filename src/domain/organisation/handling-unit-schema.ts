import { z } from 'zod';
import { optionalText, requiredText } from '../common-schemas';
import { sortOrder } from './organisation-schemas';

/** 承办单位: the departments that answer proposals and report on adopted suggestions. */
export const UNIT_CATEGORIES = ['government', 'party', 'court', 'procuratorate', 'people_org', 'enterprise', 'other'] as const;
export type UnitCategory = (typeof UNIT_CATEGORIES)[number];
export const unitCategoryLabels: Record<UnitCategory, string> = {
  government: '政府部门',
  party: '党委部门',
  court: '法院',
  procuratorate: '检察院',
  people_org: '人民团体',
  enterprise: '企事业单位',
  other: '其他',
};

/** A unit's contact is reached by mobile or by office landline (0917-2100000, optionally with an extension). */
export const contactPhone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, '请填写正确的联系电话（手机号或座机号，如0917-2100000）');

export const unitContactSchema = z.object({
  name: requiredText(30, '请填写联系人姓名'),
  title: optionalText(50),
  phone: z
    .union([contactPhone, z.literal('')])
    .nullish()
    .transform((v) => v || null),
});
export type UnitContactInput = z.output<typeof unitContactSchema>;

export const handlingUnitInputSchema = z.object({
  name: requiredText(100, '请输入单位名称'),
  shortName: optionalText(30),
  category: z.enum(UNIT_CATEGORIES, { error: '请选择单位类别' }),
  address: optionalText(200),
  contacts: z.array(unitContactSchema, { error: '联系人应为列表' }).max(20, '联系人最多20个').default([]),
  active: z.boolean({ error: '启用应为是或否' }).default(true),
  sort: sortOrder,
});
export type HandlingUnitInput = z.output<typeof handlingUnitInputSchema>;

export const handlingUnitFilterSchema = z.object({
  q: z.string().trim().max(50, '搜索词不能超过50个字').optional(),
  category: z.enum(UNIT_CATEGORIES, { error: '单位类别无效' }).optional(),
  active: z
    .enum(['true', 'false'], { error: '启用只能是true或false' })
    .transform((v) => v === 'true')
    .optional(),
});
export type HandlingUnitFilter = z.output<typeof handlingUnitFilterSchema>;

export type HandlingUnitItem = {
  id: string;
  name: string;
  shortName: string | null;
  category: UnitCategory;
  address: string | null;
  contacts: UnitContactInput[];
  active: boolean;
  sort: number;
  /** Accounts linked to the unit: while there are any, the unit cannot be deleted. */
  accountCount: number;
  abilities: { update: boolean; delete: boolean };
};
