import { z } from 'zod';
import { ALL_ROLES, type Role } from '../roles';
import { requiredText } from '../common-schemas';

export const usernameSchema = z
  .string()
  .trim()
  .min(3, '用户名至少3个字符')
  .max(32, '用户名不能超过32个字符')
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, '用户名须以字母开头，只能包含字母、数字、下划线、点和连字符');

export const roleSchema = z.enum(ALL_ROLES as [Role, ...Role[]], { error: '角色无效' });

export const userInputSchema = z.object({
  username: usernameSchema,
  displayName: requiredText(50, '请输入姓名'),
  roles: z.array(roleSchema).min(1, '至少选择一个角色'),
  memberId: z.uuid({ message: '关联委员无效' }).nullish().transform((v) => v ?? null),
  handlingUnitId: z.uuid({ message: '关联承办单位无效' }).nullish().transform((v) => v ?? null),
  specialCommitteeId: z.uuid({ message: '所属专委会无效' }).nullish().transform((v) => v ?? null),
});
export const createUserSchema = userInputSchema.extend({ password: z.string().min(1, '请输入初始密码').max(128) });
export const updateUserSchema = userInputSchema.omit({ username: true });
export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
