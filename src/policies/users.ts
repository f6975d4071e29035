import { hasRole, type Actor } from '../domain/actor';
import { Role } from '../domain/roles';

/**
 * 三员分立: the system administrator keeps the accounts, the security administrator the security policy
 * (and may unlock accounts), the audit administrator only reads the trail. None of them may act on their own account's roles.
 */
export const userPolicy = {
  manageRoles: [Role.SystemAdmin] as const,
  unlockRoles: [Role.SystemAdmin, Role.SecurityAdmin] as const,
  manage: (actor: Actor) => hasRole(actor, Role.SystemAdmin),
  /** Nobody changes their own roles or disables themselves: that takes a second person. */
  changeRolesOf: (actor: Actor, target: { id: string }) => hasRole(actor, Role.SystemAdmin) && actor.userId !== target.id,
};

export const securitySettingsPolicy = {
  roles: [Role.SecurityAdmin] as const,
};

export const auditPolicy = {
  roles: [Role.AuditAdmin] as const,
};
