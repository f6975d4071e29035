import type { Jsonified } from '@domain/json';
import type { PlanView } from '@queries/plans/get-plan';
import type { listPlans } from '@queries/plans/list-plans';
import type { previewPlanImport } from '@queries/plans/plan-import-preview';
import type { PlanForm } from '@domain/plans/plan-forms';

export type PlanListItem = Jsonified<Awaited<ReturnType<typeof listPlans>>[number]>;

/** What POST /api/plans/import/preview answers: the importer's plan, its source lines and the names it linked. */
export type ImportPreview = Jsonified<Awaited<ReturnType<typeof previewPlanImport>>>;
export type PreviewItem = ImportPreview['items'][number];
export type OrgLink = PreviewItem['leadUnitLinks'][number]['link'];

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
  brandTag: string | null;
  sources: Record<string, number> | null;
};
