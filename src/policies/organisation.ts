import { hasRole, type Actor } from '../domain/actor';
import { Role } from '../domain/roles';
import { BUSINESS_ROLES } from './roles-of';

/** Organisation records (terms, sessions, sectors, parties, special committees, liaison groups, studios, units). */
export const organisationPolicy = {
  /** Names of sectors, parties and units are not confidential: every business role reads them to fill forms. */
  readRoles: BUSINESS_ROLES,
  manageRoles: [Role.OfficeStaff] as const,
  manage: (actor: Actor) => hasRole(actor, Role.OfficeStaff),
};

/** The abilities sent with each organisation record: delete is offered only while nothing refers to it (the command checks again). */
export function organisationAbilities(actor: Actor, record: { inUse: boolean }) {
  return { update: organisationPolicy.manage(actor), delete: organisationPolicy.manage(actor) && !record.inUse };
}
