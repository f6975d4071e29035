import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, checkRoleSet, describeRoleProblem, Role, roleLabels, ALL_ROLES } from './roles';

describe('roles (三员分立)', () => {
  it('refuses an empty set', () => {
    expect(checkRoleSet([])).toEqual({ kind: 'empty' });
    expect(describeRoleProblem({ kind: 'empty' })).toBe('至少选择一个角色');
  });

  it('lets each administrator role stand alone', () => {
    for (const role of ADMIN_ROLES) expect(checkRoleSet([role])).toBeNull();
  });

  it('never puts two administrator roles in one person', () => {
    const pairs: Role[][] = [
      [Role.SystemAdmin, Role.AuditAdmin],
      [Role.SystemAdmin, Role.SecurityAdmin],
      [Role.SecurityAdmin, Role.AuditAdmin],
      [Role.SystemAdmin, Role.SecurityAdmin, Role.AuditAdmin],
    ];
    for (const roles of pairs) expect(checkRoleSet(roles)).toEqual({ kind: 'admin_combination', roles });
    expect(describeRoleProblem({ kind: 'admin_combination', roles: [Role.SystemAdmin, Role.AuditAdmin] })).toBe('三员分立：系统管理员、审计管理员不能由同一人担任');
  });

  it('does not let an administrator also do the business', () => {
    expect(checkRoleSet([Role.AuditAdmin, Role.OfficeStaff])).toEqual({ kind: 'admin_with_business', role: Role.AuditAdmin });
    expect(checkRoleSet([Role.Member, Role.SystemAdmin])).toEqual({ kind: 'admin_with_business', role: Role.SystemAdmin });
    expect(describeRoleProblem({ kind: 'admin_with_business', role: Role.SecurityAdmin })).toBe('三员分立：安全管理员不能兼任业务角色');
  });

  it('refuses one account that is both a member and a handling unit', () => {
    expect(checkRoleSet([Role.Member, Role.HandlingUnit])).toEqual({ kind: 'member_and_unit' });
    expect(describeRoleProblem({ kind: 'member_and_unit' })).toBe('同一账号不能既是委员又是承办单位');
  });

  it('allows several business roles together, and ignores repeats', () => {
    expect(checkRoleSet([Role.OfficeStaff, Role.ProposalStaff, Role.Leader])).toBeNull();
    expect(checkRoleSet([Role.Member, Role.Leader])).toBeNull();
    expect(checkRoleSet([Role.SystemAdmin, Role.SystemAdmin])).toBeNull();
  });

  it('has a Chinese label for every role', () => {
    for (const role of ALL_ROLES) expect(roleLabels[role]).toMatch(/[\u4e00-\u9fa5]/);
  });
});
