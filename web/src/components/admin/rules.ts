import { passwordProblems } from '@domain/password-policy';
import type { FormRule as Rule } from 'antd';
import type { z } from 'zod';
import type { Me } from '../../api/types';

/** An antd form rule from a shared zod schema, so the browser says what the server would, in the same words. */
export function zodRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}

type Policy = Me['passwordPolicy'];

const toDomainPolicy = (policy: Policy) => ({ passwordMinLength: policy.minLength, passwordMinClasses: policy.minClasses });

/** The committee's password rule in one sentence, for the hint under a password field. */
export function describePasswordPolicy(policy: Policy): string {
  return `至少${policy.minLength}位，须包含大写字母、小写字母、数字、特殊字符中至少${policy.minClasses}种，不能包含空格或用户名`;
}

/** Checks a new password against the committee's policy before the server does. */
export function passwordRule(policy: Policy, username?: () => string | undefined): Rule {
  return {
    validator: async (_rule, value: string | undefined) => {
      if (!value) return;
      const problems = passwordProblems(value, toDomainPolicy(policy), username?.());
      if (problems.length) throw new Error(problems.join('；'));
    },
  };
}

/** The "confirm password" rule: equal to the named field. */
export function sameAsRule(field: string, message = '两次输入的密码不一致'): Rule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value) => {
      if (value && value !== getFieldValue(field)) throw new Error(message);
    },
  });
}
