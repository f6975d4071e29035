import { sql } from 'kysely';
import type { CommandContext } from '../../src/commands/context';
import { adjustPlan } from '../../src/commands/plans/adjust-plan';
import { commentOnPlan } from '../../src/commands/plans/comment-on-plan';
import { createPlan } from '../../src/commands/plans/create-plan';
import { transitionPlan } from '../../src/commands/plans/transition-plan';
import type { Db } from '../../src/db/database';
import type { ParsedPlan } from '../../src/domain/plans/import/parse-plan-notice';
import { planAdjustmentSchema, planCommentSchema, planTransitionSchema } from '../../src/domain/plans/plan-schema';
import { Role } from '../../src/domain/roles';
import { BENCH_USERNAME, generateData, type BenchCommittee } from '../generate';
import { planBody } from './plan-input';

/** Committees, and the years each has a plan for (the last year's plan is still out for comment; earlier ones are issued). */
export type PlanDataSize = { committees: number; years: number };
export type PlanCommittee = BenchCommittee & { planIds: string[] };
export type GeneratedPlans = {
  committees: PlanCommittee[];
  members: number;
  plans: number;
  items: number;
  comments: number;
  adjustments: number;
  seconds: number;
};

/** Members per committee: the plan endpoints never read them, but the committee should look like one. */
const MEMBERS_PER_COMMITTEE = 100;
/** Bodies asked for comments on each plan, and comments recorded per plan. */
const INVITEES = 4;
const LAST_YEAR = 2026;

/**
 * Committees as the member benchmark builds them (bench/generate.ts), then for each one plan a year built through
 * the real commands as the office would: created from an imported notice, sent to special committees for comment,
 * their comments recorded, then (all but the last year) submitted, decided, issued and adjusted once.
 */
export async function generatePlanData(db: Db, size: PlanDataSize, notices: ParsedPlan[], onProgress?: (done: number) => void): Promise<GeneratedPlans> {
  const started = Date.now();
  const base = await generateData(db, { committees: size.committees, membersPerCommittee: MEMBERS_PER_COMMITTEE });
  const years = Array.from({ length: size.years }, (_, i) => LAST_YEAR - size.years + 1 + i);
  const committees: PlanCommittee[] = [];
  for (const committee of base.committees) {
    const ctx = await officeContext(db, committee.id);
    const planIds: string[] = [];
    for (const year of years) planIds.push(await generatePlan(ctx, notices, year, year === LAST_YEAR));
    committees.push({ ...committee, planIds });
    onProgress?.(committees.length);
  }
  await sql`analyze`.execute(db);
  const count = async (table: 'plans' | 'plan_items' | 'plan_comments' | 'plan_adjustments') =>
    (await db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
  return {
    committees,
    members: base.members,
    plans: await count('plans'),
    items: await count('plan_items'),
    comments: await count('plan_comments'),
    adjustments: await count('plan_adjustments'),
    seconds: (Date.now() - started) / 1000,
  };
}

/** The committee's office account as the actor, as a logged-in request would carry it. */
export async function officeContext(db: Db, committeeId: string): Promise<CommandContext> {
  const user = await db.selectFrom('users').select(['id', 'display_name']).where('committee_id', '=', committeeId).where('username', '=', BENCH_USERNAME).executeTakeFirstOrThrow();
  return {
    db,
    ip: '127.0.0.1',
    actor: { committeeId, userId: user.id, username: BENCH_USERNAME, displayName: user.display_name, roles: [Role.OfficeStaff], memberId: null, handlingUnitId: null },
  };
}

async function generatePlan(ctx: CommandContext, notices: ParsedPlan[], year: number, current: boolean): Promise<string> {
  const { db, actor } = ctx;
  const { id } = await createPlan(ctx, planBody(notices, year));
  const move = (action: string, extra: object = {}) => transitionPlan(ctx, id, planTransitionSchema.parse({ action, ...extra }));

  const specialCommittees = await db.selectFrom('special_committees').select('id').where('committee_id', '=', actor.committeeId).orderBy('sort').limit(INVITEES).execute();
  await move('send_for_comment', { invitees: specialCommittees.map((s) => ({ specialCommitteeId: s.id })) });
  const invites = await db.selectFrom('plan_comment_invites').select('id').where('committee_id', '=', actor.committeeId).where('plan_id', '=', id).execute();
  const items = await db.selectFrom('plan_items').select('id').where('committee_id', '=', actor.committeeId).where('plan_id', '=', id).orderBy('seq').execute();
  for (const [i, invite] of invites.entries()) {
    const body = i % 2 === 0 ? `建议第${i + 1}项协商活动提前开展调研，并邀请相关界别委员参加。` : '建议进一步突出年度重点，压缩一般性议题。';
    await commentOnPlan(ctx, id, planCommentSchema.parse({ inviteId: invite.id, itemId: i % 2 === 0 ? items[i].id : null, body }));
  }
  if (current) return id;

  await move('submit_to_chairs', { meeting: `主席会议`, meetingDate: `${year}-02-20` });
  await move('record_decision', { meeting: '中共市委常委会会议', meetingDate: `${year}-03-01` });
  await move('issue', { docNumber: `基政协发〔${year}〕6号`, issueDate: `${year}-03-10` });
  await adjustPlan(
    ctx,
    id,
    planAdjustmentSchema.parse({ kind: 'move', itemId: items[items.length - 1].id, startMonth: `${year}-11`, reason: '与市委重点工作时间冲突', approver: '主席会议', approvedOn: `${year}-06-15` }),
  );
  return id;
}
