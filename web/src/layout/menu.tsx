import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  HomeOutlined,
  IdcardOutlined,
  LockOutlined,
  SafetyOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../api/types';

/**
 * Who opens the annual consultation plan (the server checks again: office staff manage it; a handling unit sees
 * only the plans it is invited to comment on).
 */
const PLAN_READER_ROLES = ['office_staff', 'proposal_staff', 'committee_staff', 'info_editor', 'leader', 'handling_unit'];
export const canReadPlans = (me: Me) => me.user.roles.some((role) => PLAN_READER_ROLES.includes(role));

export type MenuEntry = { path: string; label: string; icon: ReactNode; visible: (me: Me) => boolean };

/** The menu follows the abilities the server sends with /api/auth/me; the server checks every request again. */
export const MENU: MenuEntry[] = [
  { path: '/', label: '工作台', icon: <HomeOutlined />, visible: () => true },
  { path: '/members', label: '委员管理', icon: <TeamOutlined />, visible: (me) => me.abilities.members.list },
  { path: '/plans', label: '年度协商计划', icon: <CalendarOutlined />, visible: canReadPlans },
  { path: '/my-record', label: '我的档案', icon: <IdcardOutlined />, visible: (me) => me.abilities.ownMember },
  { path: '/units', label: '承办单位', icon: <BankOutlined />, visible: (me) => me.abilities.members.list },
  { path: '/organisation', label: '组织机构', icon: <ApartmentOutlined />, visible: (me) => me.abilities.members.list },
  { path: '/users', label: '用户管理', icon: <UserOutlined />, visible: (me) => me.abilities.users.manage || me.abilities.users.unlock },
  { path: '/security', label: '安全策略', icon: <SafetyOutlined />, visible: (me) => me.abilities.securitySettings.manage },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, visible: (me) => me.abilities.audit.read },
  { path: '/account/password', label: '修改密码', icon: <LockOutlined />, visible: () => true },
];
