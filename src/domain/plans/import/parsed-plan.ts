import type { PlanForm } from '../plan-forms';
import type { ItemField } from './labels';
import type { NoticeParts } from './notice-parts';

/** What the reader makes of a notice: the plan's own data, its items with their source lines, and warnings. */
export type ParsedItem = {
  seq: number;
  form: PlanForm;
  category: string;
  title: string;
  start: string | null;
  end: string | null;
  leadUnits: string[];
  consultedDepartments: string[];
  meeting?: string;
  leadLeader?: string;
  participants?: string;
  contents?: string[];
  /** The consultation brand the item carries: "有事好商量". */
  brandTag?: string;
  /** The time as written, when it could not be read as months. */
  timeText?: string;
  /** Line numbers (1-based) each field was read from, for staff to check against the source. */
  sources: Partial<Record<ItemField | 'item', number>>;
  /** What the reader could not read for this item. */
  flags: string[];
};

export type ParsedPlan = {
  title: string | null;
  year: number | null;
  docNumber: string | null;
  statedTotal: number | null;
  statedByForm: { form: PlanForm | null; label: string; count: number }[];
  /** The notice's text around the items, for the plan's notice fields. */
  notice: NoticeParts;
  sources: { title: number | null; docNumber: number | null; statedTotal: number | null };
  items: ParsedItem[];
  warnings: string[];
};
