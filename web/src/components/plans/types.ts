import type { ParsedPlan } from '@domain/plans/import/parse-plan-notice';
import type { PlanForm } from '@domain/plans/plan-forms';
import type { PlanAction, PlanStatus } from '@domain/plans/plan-states';

export type PlanListItem = {
  id: string;
  year: number;
  title: string;
  status: PlanStatus;
  statusLabel: string;
  docNumber: string | null;
  issueDate: string | null;
  itemCount: number;
  canManage: boolean;
};

export type OrgLink = { kind: string; id: string; name: string } | null;

export type PreviewItem = {
  seq: number;
  form: PlanForm | null;
  category: string | null;
  title: string;
  start: string | null;
  end: string | null;
  leadUnits: string[];
  consultedDepartments: string[];
  meeting?: string | null;
  leadLeader?: string | null;
  participants?: string | null;
  contents?: string[];
  timeText?: string | null;
  sources: Record<string, number>;
  flags: string[];
  leadUnitLinks: { name: string; link: OrgLink }[];
  departmentLinks: { name: string; link: OrgLink }[];
};

/** What POST /api/plans/import/preview answers: the importer's plan (shared type), its source lines and the linked items. */
export type ImportPreview = Omit<ParsedPlan, 'items'> & {
  lines: string[];
  items: PreviewItem[];
  existingPlan: { id: string; title: string } | null;
};

export type PlanBody = { name: string; linked: boolean; kind: string | null; id: string | null };

export type PlanItem = {
  id: string;
  seq: number;
  form: PlanForm;
  formLabel: string;
  category: string | null;
  title: string;
  startMonth: string | null;
  endMonth: string | null;
  meeting: string | null;
  leadLeader: string | null;
  participants: string | null;
  contents: string[] | null;
  status: 'active' | 'cancelled';
  cancelReason: string | null;
  addedByAdjustment: boolean;
  sources: Record<string, number> | null;
  leadUnits: PlanBody[];
  consultedDepartments: PlanBody[];
  comments: { id: string; author: string; body: string; at: string }[];
};

export type PlanAdjustment = {
  id: string;
  itemId: string | null;
  kind: 'add' | 'cancel' | 'move';
  reason: string;
  approver: string;
  approvedOn: string;
  before: unknown;
  after: unknown;
  by: string | null;
  at: string;
};

export type PlanDetail = {
  id: string;
  year: number;
  title: string;
  docNumber: string | null;
  status: PlanStatus;
  statusLabel: string;
  chairsMeeting: string | null;
  chairsMeetingDate: string | null;
  approvingMeeting: string | null;
  approvedOn: string | null;
  issueDate: string | null;
  recipients: string | null;
  reportTo: string | null;
  sendTo: string | null;
  preamble: string | null;
  requirements: string | null;
  noticeBody: string | null;
  totals: { sentence: string; byForm: { form: string; label: string; count: number }[]; count: number };
  items: PlanItem[];
  planComments: { id: string; author: string; body: string; at: string }[];
  invites: { id: string; name: string; commented: boolean }[];
  adjustments: PlanAdjustment[];
  abilities: {
    download: boolean;
    edit: boolean;
    editNotice: boolean;
    adjust: boolean;
    linkNames: boolean;
    comment: boolean;
    invitedAs: string | null;
    recordComment: boolean;
    actions: PlanAction[];
  };
};

/** The item fields POST /api/plans and the item endpoints take. */
export type PlanItemBody = {
  form: PlanForm;
  category: string | null;
  title: string;
  startMonth: string | null;
  endMonth: string | null;
  leadUnits: string[];
  consultedDepartments: string[];
  meeting: string | null;
  leadLeader: string | null;
  participants: string | null;
  contents: string[];
  sources: Record<string, number> | null;
};
