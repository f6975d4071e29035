import { checkRoleSet, describeRoleProblem, Role } from '../roles';

export type AccountShape = { roles: Role[]; memberId: string | null; handlingUnitId: string | null; specialCommitteeId?: string | null };

/**
 * The rules one account must keep, whoever creates it: the role set (三员分立), and the links that
 * member and handling-unit roles need, and the special committee only committee staff belong to. Returns the field at fault and the reason, or null.
 */
export function accountProblem(account: AccountShape): { field: string; message: string } | null {
  const problem = checkRoleSet(account.roles);
  if (problem) return { field: 'roles', message: describeRoleProblem(problem) };
  if (account.roles.includes(Role.Member) && !account.memberId) return { field: 'memberId', message: '委员账号须关联委员档案' };
  if (!account.roles.includes(Role.Member) && account.memberId) return { field: 'memberId', message: '只有委员账号可以关联委员档案' };
  if (account.roles.includes(Role.HandlingUnit) && !account.handlingUnitId) return { field: 'handlingUnitId', message: '承办单位账号须关联承办单位' };
  if (!account.roles.includes(Role.HandlingUnit) && account.handlingUnitId) return { field: 'handlingUnitId', message: '只有承办单位账号可以关联承办单位' };
  if (!account.roles.includes(Role.CommitteeStaff) && account.specialCommitteeId) {
    return { field: 'specialCommitteeId', message: '只有专委会工作人员账号可以关联所属专委会' };
  }
  return null;
}
