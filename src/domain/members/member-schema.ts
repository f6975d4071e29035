import { z } from 'zod';
import { isoDate, mobilePhone, optionalText, requiredText, uuid } from '../common-schemas';

export const MEMBER_STATUSES = ['active', 'left'] as const;
export const memberStatusLabels = { active: '在任', left: '离任' } as const;
export const genderLabels = { male: '男', female: '女' } as const;
export const SPECIAL_COMMITTEE_POSITIONS = ['director', 'deputy_director', 'member'] as const;
export const positionLabels = { director: '主任', deputy_director: '副主任', member: '委员' } as const;

export const memberInputSchema = z.object({
  name: requiredText(50, '请输入姓名'),
  gender: z.enum(['male', 'female'], { error: '性别只能是男或女' }).nullish().transform((v) => v ?? null),
  birthDate: isoDate.nullish().transform((v) => v ?? null),
  ethnicity: optionalText(20),
  termId: uuid('请选择届次'),
  sectorId: uuid('请选择界别'),
  partyId: uuid().nullish().transform((v) => v ?? null),
  liaisonGroupId: uuid().nullish().transform((v) => v ?? null),
  studioId: uuid().nullish().transform((v) => v ?? null),
  employer: optionalText(200),
  phone: mobilePhone.nullish().transform((v) => v ?? null),
  isStanding: z.boolean().default(false),
  specialCommittees: z
    .array(z.object({ specialCommitteeId: uuid('请选择专委会'), position: z.enum(SPECIAL_COMMITTEE_POSITIONS).default('member') }))
    .max(10)
    .default([])
    .refine((list) => new Set(list.map((s) => s.specialCommitteeId)).size === list.length, '同一专委会不能重复'),
  note: optionalText(500),
});
export type MemberInput = z.output<typeof memberInputSchema>;

export const markLeftSchema = z.object({
  leftDate: isoDate,
  leftReason: optionalText(200),
});

export const memberFilterSchema = z.object({
  q: z.string().trim().max(50).optional(),
  sectorId: z.uuid({ message: '界别无效' }).optional(),
  partyId: z.uuid({ message: '党派团体无效' }).optional(),
  specialCommitteeId: z.uuid({ message: '专委会无效' }).optional(),
  termId: z.uuid({ message: '届次无效' }).optional(),
  liaisonGroupId: z.uuid({ message: '联络组无效' }).optional(),
  status: z.enum(MEMBER_STATUSES, { error: '状态只能是在任或离任' }).optional(),
  isStanding: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type MemberFilter = z.output<typeof memberFilterSchema>;
