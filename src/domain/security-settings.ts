import { z } from 'zod';

/** Security policy of one committee, set by its security administrator (等保2.0 三级 defaults). */
export const securitySettingsSchema = z.object({
  passwordMinLength: z.number({ error: '密码最小长度必须是数字' }).int().min(8, '密码最小长度不能小于8').max(64, '密码最小长度不能大于64'),
  /** How many of the four classes (lower, upper, digit, symbol) a password needs. */
  passwordMinClasses: z.number().int().min(2, '字符种类不能少于2').max(4, '字符种类不能多于4'),
  /** Days until a password must be changed; 0 means never. */
  passwordMaxAgeDays: z.number().int().min(0).max(3650),
  lockoutThreshold: z.number().int().min(3, '锁定阈值不能小于3').max(20, '锁定阈值不能大于20'),
  lockoutMinutes: z.number().int().min(1, '锁定时长不能小于1分钟').max(1440, '锁定时长不能超过1440分钟'),
  idleTimeoutMinutes: z.number().int().min(5, '空闲超时不能小于5分钟').max(480, '空闲超时不能超过480分钟'),
  /** When true a new login ends the account's other sessions. */
  singleSession: z.boolean(),
});
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;

export const defaultSecuritySettings: SecuritySettings = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  passwordMaxAgeDays: 90,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  idleTimeoutMinutes: 30,
  singleSession: false,
};
