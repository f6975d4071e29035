import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import type { ParsedPlan } from '../../src/domain/plans/import/parse-plan-notice';
import { planNoticeDocxBuffer } from '../../src/plans/notice-docx';
import { getPlan } from '../../src/queries/plans/get-plan';
import { getPlanNotice } from '../../src/queries/plans/plan-notice';
import { planItemsWorkbook } from '../../src/queries/plans/plan-items-sheet';
import { generatePlanData, officeContext } from './generate-plans';
import type { OfflineComparison } from './offline-result';
import { timeTasks, type Task } from './timing';

type FileCase = { label: string; task: Task; outputBytes: number };

/**
 * The files of one issued plan as the download routes make them (src/http/routes/plan-files.ts), on a PGlite
 * database in memory in this process: the read included, then the .docx writer alone on the notice in memory.
 */
export async function benchPlanFiles(notices: ParsedPlan[], passes: { warmup: number; passes: number }): Promise<OfflineComparison[]> {
  const handle = await openDatabase({ kind: 'pglite' });
  try {
    await migrate(handle.db);
    const data = await generatePlanData(handle.db, { committees: 1, years: 2 }, notices);
    const [committee] = data.committees;
    const { db, actor } = await officeContext(handle.db, committee.id);
    // The first year's plan is issued, with comments and an adjustment: the one offices download.
    const planId = committee.planIds[0];
    const plan = await getPlan(db, actor, planId);
    const notice = await getPlanNotice(db, actor, planId);
    const json = JSON.stringify(plan);
    const docx = await planNoticeDocxBuffer(notice);
    const xlsx = (await planItemsWorkbook(db, actor, planId)).content;

    const fromDb: FileCase[] = [
      { label: 'plan as JSON: getPlan + JSON.stringify (GET /api/plans/:id without HTTP)', task: async () => JSON.stringify(await getPlan(db, actor, planId)), outputBytes: Buffer.byteLength(json) },
      { label: 'notice .docx: getPlanNotice + planNoticeDocxBuffer', task: async () => planNoticeDocxBuffer(await getPlanNotice(db, actor, planId)), outputBytes: docx.length },
      { label: 'items .xlsx: planItemsWorkbook', task: async () => (await planItemsWorkbook(db, actor, planId)).content, outputBytes: xlsx.length },
    ];
    const inMemory: FileCase[] = [
      { label: 'JSON.stringify(notice)', task: () => JSON.stringify(notice), outputBytes: Buffer.byteLength(JSON.stringify(notice)) },
      { label: 'planNoticeDocxBuffer(notice)', task: () => planNoticeDocxBuffer(notice), outputBytes: docx.length },
    ];
    const described = `one issued plan of ${plan.items.length} items with ${plan.invites.length} invitations, ${plan.items.reduce((n, i) => n + i.comments.length, 0) + plan.planComments.length} comments and ${plan.adjustments.length} adjustment`;
    const rowsOf = async (cases: FileCase[]) => {
      const rows = [];
      for (const c of cases) rows.push({ label: c.label, timing: await timeTasks([c.task], passes), outputBytes: c.outputBytes });
      return rows;
    };
    return [
      { id: 'files-from-db', title: 'Plan files, read included', data: `${described}; PGlite in memory in the measuring process`, tasksPerPass: 1, rows: await rowsOf(fromDb) },
      { id: 'docx-from-notice', title: 'Notice .docx writer alone', data: `the same plan's notice model in memory (${notice.sections.length} sections)`, tasksPerPass: 1, rows: await rowsOf(inMemory) },
    ];
  } finally {
    await handle.close();
  }
}
