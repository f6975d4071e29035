import { z } from 'zod';

/** Schemas shared by the server's validation and the web app's forms. Messages are Chinese; the field name is added by the error layer. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), '日期无效');
export const uuid = (message = '请选择') => z.uuid({ message });
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}个字`)
    .nullish()
    .transform((v) => (v ? v : null));
export const requiredText = (max: number, message = '不能为空') => z.string({ error: message }).trim().min(1, message).max(max, `不能超过${max}个字`);
export const mobilePhone = z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号格式不正确（应为11位手机号码）');

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1, '页码从1开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多200条').default(20),
});

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
