import { hasRole, type Actor } from '../domain/actor';
import { Role } from '../domain/roles';
import { STAFF_READERS } from './roles-of';

/** Who may do what with member records. The committee boundary is enforced by every query's committee filter. */
export const memberPolicy = {
  /** Route-level: roles that reach the member endpoints at all. */
  listRoles: STAFF_READERS,
  manageRoles: [Role.OfficeStaff] as const,
  readRoles: [...STAFF_READERS, Role.Member] as const,

  list: (actor: Actor) => hasRole(actor, ...STAFF_READERS),
  /** A member may read their own record. */
  read: (actor: Actor, member: { id: string }) => hasRole(actor, ...STAFF_READERS) || actor.memberId === member.id,
  create: (actor: Actor) => hasRole(actor, Role.OfficeStaff),
  update: (actor: Actor, member: { status: string }) => hasRole(actor, Role.OfficeStaff) && member.status !== undefined,
  markLeft: (actor: Actor, member: { status: string }) => hasRole(actor, Role.OfficeStaff) && member.status === 'active',
  reinstate: (actor: Actor, member: { status: string }) => hasRole(actor, Role.OfficeStaff) && member.status === 'left',
  importRoster: (actor: Actor) => hasRole(actor, Role.OfficeStaff),
  export: (actor: Actor) => hasRole(actor, ...STAFF_READERS),
};

/** The abilities sent with each member record, so the UI draws only the buttons that will work. */
export function memberAbilities(actor: Actor, member: { status: string }) {
  return {
    update: memberPolicy.update(actor, member),
    markLeft: memberPolicy.markLeft(actor, member),
    reinstate: memberPolicy.reinstate(actor, member),
  };
}
