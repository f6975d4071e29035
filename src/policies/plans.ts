import { hasRole, type Actor } from '../domain/actor';
import { availablePlanActions, type PlanStatus } from '../domain/plans/plan-states';
import { Role } from '../domain/roles';
import { STAFF_READERS } from './roles-of';

/** The annual plan: office staff build it; staff and leaders read it; invited bodies comment; the workflow table says who moves it. */
export const planPolicy = {
  readRoles: STAFF_READERS,
  manageRoles: [Role.OfficeStaff] as const,
  transitionRoles: [Role.OfficeStaff, Role.Leader] as const,
  commentRoles: [Role.CommitteeStaff, Role.HandlingUnit] as const,
  read: (actor: Actor) => hasRole(actor, ...STAFF_READERS),
  manage: (actor: Actor) => hasRole(actor, Role.OfficeStaff),
};

/** The abilities sent with a plan, so the web app draws only the buttons that will work. */
export function planAbilities(actor: Actor, plan: { status: PlanStatus }, canComment: boolean) {
  const editable = plan.status === 'draft' || plan.status === 'commenting';
  return {
    edit: planPolicy.manage(actor) && editable,
    editNotice: planPolicy.manage(actor) && plan.status !== 'issued',
    adjust: planPolicy.manage(actor) && plan.status === 'issued',
    comment: canComment && plan.status === 'commenting',
    actions: availablePlanActions(plan.status, actor.roles),
  };
}
