import type { Db } from '../../db/database';
import { lockPlan } from '../../db/plan-rows';
import type { RuleProblem } from '../../domain/plans/plan-rules';
import { AppError, ErrorCode, forbidden, notFound } from '../../errors/app-error';
import { planPolicy } from '../../policies/plans';
import type { CommandContext } from '../context';

/** Loads and locks a plan the office may manage, inside the command's transaction. */
export async function lockManagedPlan(trx: Db, ctx: CommandContext, planId: string) {
  if (!planPolicy.manage(ctx.actor)) throw forbidden();
  const plan = await lockPlan(trx, ctx.actor.committeeId, planId);
  if (!plan) throw notFound('年度协商计划');
  return plan;
}

/** A rule's refusal as the error the user sees: a field error is a 400, a state error a 409. */
export function refuse(problem: RuleProblem | null): void {
  if (!problem) return;
  if (problem.field) throw new AppError(ErrorCode.Validation, problem.message, { field: problem.field });
  throw new AppError(ErrorCode.InvalidState, problem.message);
}
