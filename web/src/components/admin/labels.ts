import { unitCategoryLabels } from '@domain/organisation/handling-unit-schema';
import { partyKindLabels } from '@domain/organisation/organisation-schemas';
import type { AuditResult, PartyKind, UnitCategory } from './types';

export { partyKindLabels, unitCategoryLabels };

export const unitCategoryOptions = Object.entries(unitCategoryLabels).map(([value, label]) => ({ value: value as UnitCategory, label }));
export const partyKindOptions = Object.entries(partyKindLabels).map(([value, label]) => ({ value: value as PartyKind, label }));

export const auditResultLabels: Record<AuditResult, { label: string; color: string }> = {
  success: { label: '成功', color: 'success' },
  failure: { label: '失败', color: 'warning' },
  denied: { label: '拒绝', color: 'error' },
};

/** Object types the audit trail writes, in the order of the filter; an unknown one shows as its code. */
export const auditObjectTypeLabels: Record<string, string> = {
  user: '用户',
  member: '委员',
  handling_unit: '承办单位',
  term: '届次',
  session: '全体会议',
  special_committee: '专门委员会',
  sector: '界别',
  party: '党派团体',
  liaison_group: '联络组',
  studio: '委员工作室',
  security_settings: '安全策略',
  committee: '委员会',
  endpoint: '接口',
};
export const auditObjectTypeLabel = (type: string | null) => (type ? (auditObjectTypeLabels[type] ?? type) : '');
