import { hasRole, type Actor } from '../domain/actor';
import { Role } from '../domain/roles';

/**
 * 三员分立: the system administrator keeps the accounts, the security administrator the security policy
 * (and may unlock accounts), the audit administrator only reads the trail. None of them may act on their own account's roles.
 */
export const userPolicy = {
  manageRoles: [Role.SystemAdmin] as const,
  unlockRoles: [Role.SystemAdmin, Role.SecurityAdmin] as const,
  /** The security administrator reads the accounts too: to find locked ones and check who holds which role. */
  readRoles: [Role.SystemAdmin, Role.SecurityAdmin] as const,
  manage: (actor: Actor) => hasRole(actor, Role.SystemAdmin),
  /** Nobody changes their own roles or disables themselves: that takes a second person. */
  changeRolesOf: (actor: Actor, target: { id: string }) => hasRole(actor, Role.SystemAdmin) && actor.userId !== target.id,
  update: (actor: Actor) => hasRole(actor, Role.SystemAdmin),
  disable: (actor: Actor, target: UserTarget) => hasRole(actor, Role.SystemAdmin) && actor.userId !== target.id && !target.disabled,
  enable: (actor: Actor, target: UserTarget) => hasRole(actor, Role.SystemAdmin) && target.disabled,
  unlock: (actor: Actor, target: UserTarget) => hasRole(actor, ...userPolicy.unlockRoles) && target.locked,
  /** One's own password is changed with the old one (/api/auth/password), never reset. */
  resetPassword: (actor: Actor, target: UserTarget) => hasRole(actor, Role.SystemAdmin) && actor.userId !== target.id,
};

type UserTarget = { id: string; disabled: boolean; locked: boolean };

/** The abilities sent with each account, so the UI draws only the buttons that will work. */
export function userAbilities(actor: Actor, target: UserTarget) {
  return {
    update: userPolicy.update(actor),
    disable: userPolicy.disable(actor, target),
    enable: userPolicy.enable(actor, target),
    unlock: userPolicy.unlock(actor, target),
    resetPassword: userPolicy.resetPassword(actor, target),
  };
}

export const securitySettingsPolicy = {
  roles: [Role.SecurityAdmin] as const,
};

export const auditPolicy = {
  roles: [Role.AuditAdmin] as const,
};
