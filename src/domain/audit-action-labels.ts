import { AuditAction } from './audit-actions';

/**
 * The Chinese name of every audit action, as the audit administrator reads it. Typed over the whole
 * vocabulary, so a new action does not compile until it has a label here.
 */
export const auditActionLabels: Record<AuditAction, string> = {
  [AuditAction.Login]: '登录',
  [AuditAction.Logout]: '退出登录',
  [AuditAction.AccountLocked]: '账号锁定',
  [AuditAction.AccessDenied]: '越权访问被拒绝',
  [AuditAction.PasswordChanged]: '修改本人密码',
  [AuditAction.CommitteeCreated]: '创建委员会',
  [AuditAction.UserCreated]: '新增用户',
  [AuditAction.UserUpdated]: '修改用户',
  [AuditAction.UserPasswordReset]: '重置密码',
  [AuditAction.UserUnlocked]: '解锁账号',
  [AuditAction.UserDisabled]: '停用账号',
  [AuditAction.UserEnabled]: '启用账号',
  [AuditAction.SecuritySettingsUpdated]: '修改安全策略',
  [AuditAction.OrganisationCreated]: '新增组织机构',
  [AuditAction.OrganisationUpdated]: '修改组织机构',
  [AuditAction.OrganisationDeleted]: '删除组织机构',
  [AuditAction.HandlingUnitCreated]: '新增承办单位',
  [AuditAction.HandlingUnitUpdated]: '修改承办单位',
  [AuditAction.HandlingUnitDeleted]: '删除承办单位',
  [AuditAction.MemberCreated]: '新增委员',
  [AuditAction.MemberUpdated]: '修改委员',
  [AuditAction.MemberLeft]: '委员离任',
  [AuditAction.MemberReinstated]: '委员恢复在任',
  [AuditAction.RosterImported]: '导入委员名册',
  [AuditAction.MembersExported]: '导出委员名单',
  [AuditAction.PlanCreated]: '新建年度协商计划',
  [AuditAction.PlanImported]: '导入年度协商计划',
  [AuditAction.PlanUpdated]: '修改年度协商计划',
  [AuditAction.PlanItemAdded]: '增加协商活动',
  [AuditAction.PlanItemUpdated]: '修改协商活动',
  [AuditAction.PlanItemRemoved]: '删除协商活动',
  [AuditAction.PlanTransitioned]: '计划流转',
  [AuditAction.PlanIssued]: '印发年度协商计划',
  [AuditAction.PlanCommented]: '提出计划意见',
  [AuditAction.PlanNameLinked]: '关联计划中的单位名称',
  [AuditAction.PlanAdjusted]: '调整年度协商计划',
  [AuditAction.PlanNoticeDownloaded]: '下载计划通知',
};

/** A stored action's label; an action written by a newer version than this one shows as its code. */
export function auditActionLabel(action: string): string {
  return (auditActionLabels as Record<string, string>)[action] ?? action;
}

/** Every action with its label, in the vocabulary's order, for the audit log's filter. */
export function auditActionOptions(): { action: AuditAction; label: string }[] {
  return Object.values(AuditAction).map((action) => ({ action, label: auditActionLabels[action] }));
}
