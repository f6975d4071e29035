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
  /** Invited bodies comment themselves; the office records comments that came in on paper or by phone. */
  commentOrRecordRoles: [Role.CommitteeStaff, Role.HandlingUnit, Role.OfficeStaff] as const,
  /** Readers of every plan, and invited handling units (who see only the plans they are asked about). */
  listRoles: [...STAFF_READERS, Role.HandlingUnit] as const,
  read: (actor: Actor) => hasRole(actor, ...STAFF_READERS),
  manage: (actor: Actor) => hasRole(actor, Role.OfficeStaff),
};

/** The abilities sent with a plan, so the web app draws only the buttons that will work. */
export function planAbilities(actor: Actor, plan: { status: PlanStatus }, invitedAs: string | null) {
  const editable = plan.status === 'draft' || plan.status === 'commenting';
  return {
    /** The whole plan's files (notice, spreadsheet) are for staff; an invited unit sees the plan on screen only. */
    download: planPolicy.read(actor),
    edit: planPolicy.manage(actor) && editable,
    editNotice: planPolicy.manage(actor) && plan.status !== 'issued',
    adjust: planPolicy.manage(actor) && plan.status === 'issued',
    /** Linking a name the organisation did not know changes no text, so it stays open after issue. */
    linkNames: planPolicy.manage(actor),
    comment: invitedAs !== null && plan.status === 'commenting',
    /** The invited body the caller comments for. */
    invitedAs,
    recordComment: planPolicy.manage(actor) && plan.status === 'commenting',
    actions: availablePlanActions(plan.status, actor.roles),
  };
}
