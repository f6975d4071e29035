import { parsePlanNotice, type ParsedItem, type ParsedPlan } from '../../src/domain/plans/import/parse-plan-notice';
import { importedPlanSchema } from '../../src/domain/plans/plan-schema';
import { mainNotice, type Notice } from './corpus';

/** Items in every generated plan: a city notice has 15–20; the shared sample has 16. */
export const ITEMS_PER_PLAN = 18;

export type PlanBody = ReturnType<typeof importedPlanSchema.parse>;

/** 'YYYY-MM' moved by whole years. */
const shift = (month: string | null, years: number) => (month ? `${Number(month.slice(0, 4)) + years}${month.slice(4)}` : null);

/** An item the importer read, as the import page sends it after review (tests/api/plans.test.ts does the same), moved into `year`. */
function itemInput(item: ParsedItem, year: number) {
  const years = item.start ? year - Number(item.start.slice(0, 4)) : 0;
  return {
    form: item.form,
    category: item.category,
    title: item.title,
    startMonth: shift(item.start, years),
    endMonth: shift(item.end, years),
    leadUnits: item.leadUnits,
    consultedDepartments: item.consultedDepartments,
    meeting: item.meeting ?? null,
    leadLeader: item.leadLeader ?? null,
    participants: item.participants ?? null,
    contents: item.contents ?? [],
    sources: item.sources,
  };
}

/**
 * The body of POST /api/plans for one year: the main notice's plan and items, topped up with the other notices'
 * items to ITEMS_PER_PLAN, validated by the route's own schema.
 */
export function planBody(notices: ParsedPlan[], year: number, itemCount = ITEMS_PER_PLAN): PlanBody {
  const [main] = notices;
  const items = notices.flatMap((n) => n.items).slice(0, itemCount);
  const title = (main.title ?? '年度协商工作计划').replace(/\d{4}(?=年)/, String(year));
  return importedPlanSchema.parse({
    plan: { year, title, docNumber: null, ...main.notice },
    items: items.map((i) => itemInput(i, year)),
    source: { fileName: 'bench-notice.txt', warnings: main.warnings },
  });
}

/** The corpus parsed, the main notice first: what planBody builds plans from. */
export function parseForPlans(corpus: Notice[]): ParsedPlan[] {
  const main = mainNotice(corpus);
  return [main, ...corpus.filter((n) => n !== main)].map((n) => parsePlanNotice(n.text));
}
