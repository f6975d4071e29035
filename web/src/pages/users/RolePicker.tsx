import { ADMIN_ROLES, Role, roleLabels } from '@domain/roles';
import { Checkbox, Flex, Tooltip, Typography } from 'antd';

export const BUSINESS_ROLE_LIST: Role[] = [
  Role.OfficeStaff,
  Role.ProposalStaff,
  Role.CommitteeStaff,
  Role.InfoEditor,
  Role.Leader,
  Role.Member,
  Role.HandlingUnit,
];

const roleHints: Record<Role, string> = {
  office_staff: '配置届次、界别、承办单位，制定年度协商计划，管理委员',
  proposal_staff: '审查提案、立案、交办、审核答复',
  committee_staff: '组织本专委会、联络组、工作室的协商活动',
  info_editor: '编辑、报送社情民意信息，登记采用和批示',
  leader: '查看统计，审批计划，作出批示',
  member: '提交提案和社情民意，报名参加活动（须关联委员档案）',
  handling_unit: '只看交办给本单位的事项并答复（须关联承办单位）',
  system_admin: '管理账号和角色',
  security_admin: '设置密码、锁定、会话等安全策略，解锁账号',
  audit_admin: '查阅审计日志',
};

/** Why a role cannot be added to the current selection, or null. Mirrors checkRoleSet so that only allowed sets can be ticked. */
function conflictOf(role: Role, selected: Role[]): string | null {
  if (selected.includes(role)) return null;
  const admin = selected.find((r) => ADMIN_ROLES.includes(r));
  if (admin) return `三员分立：${roleLabels[admin]}不能兼任其他角色`;
  if (ADMIN_ROLES.includes(role) && selected.length) return `三员分立：${roleLabels[role]}不能兼任业务角色`;
  if (role === Role.Member && selected.includes(Role.HandlingUnit)) return '同一账号不能既是委员又是承办单位';
  if (role === Role.HandlingUnit && selected.includes(Role.Member)) return '同一账号不能既是委员又是承办单位';
  return null;
}

/** The account's roles as two groups of checkboxes; combinations that 三员分立 forbids cannot be ticked. */
export function RolePicker({ value = [], onChange, disabled }: { value?: Role[]; onChange?: (roles: Role[]) => void; disabled?: boolean }) {
  const toggle = (role: Role, checked: boolean) => onChange?.(checked ? [...value, role] : value.filter((r) => r !== role));
  const group = (title: string, roles: readonly Role[]) => (
    <div style={{ marginBottom: 8 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        {title}
      </Typography.Text>
      <Flex vertical gap={4}>
        {roles.map((role) => {
          const conflict = conflictOf(role, value);
          const box = (
            <Checkbox checked={value.includes(role)} disabled={disabled || Boolean(conflict)} onChange={(e) => toggle(role, e.target.checked)}>
              {roleLabels[role]}
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {roleHints[role]}
              </Typography.Text>
            </Checkbox>
          );
          return conflict && !disabled ? (
            <Tooltip key={role} title={conflict} placement="topLeft">
              <span>{box}</span>
            </Tooltip>
          ) : (
            <span key={role}>{box}</span>
          );
        })}
      </Flex>
    </div>
  );
  return (
    <div role="group" aria-label="角色">
      {group('业务角色', BUSINESS_ROLE_LIST)}
      {group('管理员角色', ADMIN_ROLES)}
    </div>
  );
}
