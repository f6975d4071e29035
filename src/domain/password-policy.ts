import type { SecuritySettings } from './security-settings';

export type PasswordPolicy = Pick<SecuritySettings, 'passwordMinLength' | 'passwordMinClasses'>;

const CLASSES: { test: RegExp; label: string }[] = [
  { test: /[a-z]/, label: '小写字母' },
  { test: /[A-Z]/, label: '大写字母' },
  { test: /[0-9]/, label: '数字' },
  { test: /[^A-Za-z0-9]/, label: '特殊字符' },
];

/**
 * Returns the reasons a password breaks the policy (empty when it passes). The username check stops the
 * commonest weak choice; the class count follows 等保's "complexity" requirement.
 */
export function passwordProblems(password: string, policy: PasswordPolicy, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < policy.passwordMinLength) problems.push(`密码长度至少${policy.passwordMinLength}位`);
  if (password.length > 128) problems.push('密码长度不能超过128位');
  const classes = CLASSES.filter((c) => c.test.test(password)).length;
  if (classes < policy.passwordMinClasses) {
    problems.push(`密码须包含${CLASSES.map((c) => c.label).join('、')}中至少${policy.passwordMinClasses}种`);
  }
  if (/\s/.test(password)) problems.push('密码不能包含空格');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('密码不能包含用户名');
  }
  return problems;
}
