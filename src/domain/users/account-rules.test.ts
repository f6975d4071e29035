import { describe, expect, it } from 'vitest';
import type { Role } from '../roles';
import { accountProblem } from './account-rules';

const memberId = '11111111-1111-4111-8111-111111111111';
const unitId = '22222222-2222-4222-8222-222222222222';
const account = (roles: Role[], links: { memberId?: string; handlingUnitId?: string } = {}) =>
  accountProblem({ roles, memberId: links.memberId ?? null, handlingUnitId: links.handlingUnitId ?? null });

describe('account rules', () => {
  it('accepts staff and administrator accounts without links', () => {
    expect(account(['office_staff'])).toBeNull();
    expect(account(['system_admin'])).toBeNull();
  });

  it('puts role problems on the roles field first', () => {
    expect(account(['system_admin', 'audit_admin'])).toEqual({ field: 'roles', message: '三员分立：系统管理员、审计管理员不能由同一人担任' });
    expect(account(['security_admin', 'member'], { memberId })).toEqual({ field: 'roles', message: '三员分立：安全管理员不能兼任业务角色' });
    expect(account(['member', 'handling_unit'], { memberId, handlingUnitId: unitId })?.field).toBe('roles');
    expect(account([])).toEqual({ field: 'roles', message: '至少选择一个角色' });
  });

  it('requires a member account to be linked to its member record', () => {
    expect(account(['member'])).toEqual({ field: 'memberId', message: '委员账号须关联委员档案' });
    expect(account(['member', 'leader'], { memberId })).toBeNull();
  });

  it('refuses a member link on an account that is not a member', () => {
    expect(account(['office_staff'], { memberId })).toEqual({ field: 'memberId', message: '只有委员账号可以关联委员档案' });
  });

  it('requires a unit account to be linked to its unit, and only a unit account', () => {
    expect(account(['handling_unit'])).toEqual({ field: 'handlingUnitId', message: '承办单位账号须关联承办单位' });
    expect(account(['handling_unit'], { handlingUnitId: unitId })).toBeNull();
    expect(account(['leader'], { handlingUnitId: unitId })).toEqual({ field: 'handlingUnitId', message: '只有承办单位账号可以关联承办单位' });
  });
});
