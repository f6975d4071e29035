import { hasRole, type Actor } from '../domain/actor';
import { Role } from '../domain/roles';
import { organisationPolicy } from './organisation';
import { STAFF_READERS } from './roles-of';

/**
 * 承办单位. Units carry their contacts' names and phones, so the list is for staff; a unit's own account
 * may read its own record. The office keeps them, like the rest of the organisation.
 */
export const handlingUnitPolicy = {
  listRoles: STAFF_READERS,
  readRoles: [...STAFF_READERS, Role.HandlingUnit] as const,
  manageRoles: organisationPolicy.manageRoles,

  list: (actor: Actor) => hasRole(actor, ...STAFF_READERS),
  read: (actor: Actor, unit: { id: string }) => hasRole(actor, ...STAFF_READERS) || (hasRole(actor, Role.HandlingUnit) && actor.handlingUnitId === unit.id),
  manage: (actor: Actor) => organisationPolicy.manage(actor),
  create: (actor: Actor) => organisationPolicy.manage(actor),
  update: (actor: Actor, _unit: { id: string }) => organisationPolicy.manage(actor),
  /** A unit that an account logs in as stays: remove or relink the account first. */
  delete: (actor: Actor, unit: { accountCount: number }) => organisationPolicy.manage(actor) && unit.accountCount === 0,
};

/** The abilities sent with each unit, so the UI draws only the buttons that will work. */
export function handlingUnitAbilities(actor: Actor, unit: { id: string; accountCount: number }) {
  return { update: handlingUnitPolicy.update(actor, unit), delete: handlingUnitPolicy.delete(actor, unit) };
}
