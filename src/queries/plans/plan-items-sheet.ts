import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { planFormLabels } from '../../domain/plans/plan-forms';
import { timeText } from '../../domain/plans/plan-notice-model';
import { writeWorkbook } from '../../xlsx/write-workbook';
import { getPlan } from './get-plan';

/** The plan as a workbook: one row per item, in the columns offices keep their ledgers in. */
export async function planItemsWorkbook(db: Db, actor: Actor, planId: string): Promise<{ content: Buffer; fileName: string; year: number }> {
  const plan = await getPlan(db, actor, planId);
  const content = await writeWorkbook([
    {
      name: `${plan.year}年协商计划`,
      columns: [
        { header: '序号', width: 6 },
        { header: '协商形式', width: 16 },
        { header: '协商议题', width: 40 },
        { header: '时间安排', width: 18 },
        { header: '承办单位', width: 30 },
        { header: '协商部门', width: 30 },
        { header: '所属会议', width: 24 },
        { header: '牵头领导', width: 12 },
        { header: '参加人员', width: 20 },
        { header: '主要内容', width: 40 },
        { header: '协商品牌', width: 14 },
        { header: '状态', width: 8 },
      ],
      rows: plan.items.map((i, index) => [
        index + 1,
        i.category || planFormLabels[i.form],
        i.title,
        timeText(i.startMonth, i.endMonth),
        i.leadUnits.map((b) => b.name).join('、'),
        i.consultedDepartments.map((b) => b.name).join('、'),
        i.meeting,
        i.leadLeader,
        i.participants,
        (i.contents ?? []).join('\n'),
        i.brandTag,
        i.status === 'active' ? '正常' : '已取消',
      ]),
    },
  ]);
  return { content, fileName: `${plan.title}.xlsx`, year: plan.year };
}
