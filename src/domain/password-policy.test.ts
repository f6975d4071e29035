import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy';
import { defaultSecuritySettings } from './security-settings';

const policy = { passwordMinLength: 8, passwordMinClasses: 3 };

describe('password policy', () => {
  it('accepts a password long enough with three classes', () => {
    expect(passwordProblems('Xieshang2026', policy)).toEqual([]);
    expect(passwordProblems('abc123!@#', policy)).toEqual([]);
  });

  it('refuses a password shorter than the minimum, naming the length', () => {
    expect(passwordProblems('Ab1!xyz', policy)).toEqual(['密码长度至少8位']);
    expect(passwordProblems('Ab1!xyzw', policy)).toEqual([]);
  });

  it('counts character classes: lower, upper, digit, symbol', () => {
    const [problem] = passwordProblems('abcdefgh12', policy);
    expect(problem).toBe('密码须包含小写字母、大写字母、数字、特殊字符中至少3种');
    expect(passwordProblems('abcdefgh12', { ...policy, passwordMinClasses: 2 })).toEqual([]);
    expect(passwordProblems('Abcdefgh12', { ...policy, passwordMinClasses: 4 })).toHaveLength(1);
    expect(passwordProblems('Abcdefgh12!', { ...policy, passwordMinClasses: 4 })).toEqual([]);
  });

  it('treats Chinese characters as special characters', () => {
    expect(passwordProblems('abcdef12政协', policy)).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(passwordProblems('abc', policy)).toEqual(['密码长度至少8位', '密码须包含小写字母、大写字母、数字、特殊字符中至少3种']);
  });

  it('refuses spaces and passwords longer than 128', () => {
    expect(passwordProblems('Abc 12345', policy)).toEqual(['密码不能包含空格']);
    expect(passwordProblems(`Aa1${'x'.repeat(126)}`, policy)).toEqual(['密码长度不能超过128位']);
  });

  it('refuses a password containing the username, whatever the case', () => {
    expect(passwordProblems('Zhangwei@2026', policy, 'zhangwei')).toEqual(['密码不能包含用户名']);
    // Very short usernames would forbid too much.
    expect(passwordProblems('Ab@2026xyz', policy, 'ab')).toEqual([]);
  });

  it('follows a stricter length from the settings', () => {
    expect(passwordProblems('Xieshang2026', { ...defaultSecuritySettings, passwordMinLength: 14 })).toEqual(['密码长度至少14位']);
  });
});
