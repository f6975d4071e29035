import type { Jsonified } from '@domain/json';
import type { PlanView } from '@queries/plans/get-plan';
import type { listPlans } from '@queries/plans/list-plans';
import type { ParsedPlan } from '@domain/plans/import/parse-plan-notice';
import type { PlanForm } from '@domain/plans/plan-forms';

export type PlanListItem = Jsonified<Awaited<ReturnType<typeof listPlans>>[number]>;

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

/** GET /api/plans/:id as the browser receives it. */
export type PlanDetail = Jsonified<PlanView>;
export type PlanItem = PlanDetail['items'][number];
export type PlanBody = PlanItem['leadUnits'][number];
export type PlanAdjustment = PlanDetail['adjustments'][number];

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
