/** Roles of an account. A user may hold several, except that the three administrator roles exclude each other (三员分立). */
export const Role = {
  SystemAdmin: 'system_admin',
  SecurityAdmin: 'security_admin',
  AuditAdmin: 'audit_admin',
  OfficeStaff: 'office_staff',
  ProposalStaff: 'proposal_staff',
  CommitteeStaff: 'committee_staff',
  InfoEditor: 'info_editor',
  Member: 'member',
  HandlingUnit: 'handling_unit',
  Leader: 'leader',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export const roleLabels: Record<Role, string> = {
  system_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
  office_staff: '政协办公室',
  proposal_staff: '提案委员会',
  committee_staff: '专委会工作人员',
  info_editor: '信息编辑',
  member: '委员',
  handling_unit: '承办单位',
  leader: '领导',
};

/** 三员: system, security and audit administration, never two in one person. */
export const ADMIN_ROLES: readonly Role[] = [Role.SystemAdmin, Role.SecurityAdmin, Role.AuditAdmin];

/** Roles that bind an account to a record: a member account to its member, a unit account to its unit. */
export const LINKED_ROLES = { member: 'memberId', handling_unit: 'handlingUnitId' } as const;

export type RoleProblem =
  | { kind: 'empty' }
  | { kind: 'admin_combination'; roles: Role[] }
  | { kind: 'admin_with_business'; role: Role }
  | { kind: 'member_and_unit' };

/**
 * Checks a set of roles for one account. Returns the first problem, or null when the set is allowed.
 * An administrator role stands alone: the administrators must not also do the business they oversee.
 */
export function checkRoleSet(roles: readonly Role[]): RoleProblem | null {
  const unique = [...new Set(roles)];
  if (unique.length === 0) return { kind: 'empty' };
  const admins = unique.filter((r) => ADMIN_ROLES.includes(r));
  if (admins.length > 1) return { kind: 'admin_combination', roles: admins };
  if (admins.length === 1 && unique.length > 1) return { kind: 'admin_with_business', role: admins[0] };
  if (unique.includes(Role.Member) && unique.includes(Role.HandlingUnit)) return { kind: 'member_and_unit' };
  return null;
}

export function describeRoleProblem(problem: RoleProblem): string {
  switch (problem.kind) {
    case 'empty':
      return '至少选择一个角色';
    case 'admin_combination':
      return `三员分立：${problem.roles.map((r) => roleLabels[r]).join('、')}不能由同一人担任`;
    case 'admin_with_business':
      return `三员分立：${roleLabels[problem.role]}不能兼任业务角色`;
    case 'member_and_unit':
      return '同一账号不能既是委员又是承办单位';
  }
}
