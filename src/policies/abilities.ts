import { hasRole, type Actor } from '../domain/actor';
import { auditPolicy, securitySettingsPolicy, userPolicy } from './users';
import { memberPolicy } from './members';
import { organisationPolicy } from './organisation';

/** What the logged-in user may do, sent with /api/auth/me so that the web app builds its menu from it. */
export function abilitiesOf(actor: Actor) {
  return {
    members: { list: memberPolicy.list(actor), manage: memberPolicy.create(actor) },
    ownMember: actor.memberId !== null,
    organisation: { read: hasRole(actor, ...organisationPolicy.readRoles), manage: organisationPolicy.manage(actor) },
    users: { manage: userPolicy.manage(actor), unlock: hasRole(actor, ...userPolicy.unlockRoles) },
    securitySettings: { manage: hasRole(actor, ...securitySettingsPolicy.roles) },
    audit: { read: hasRole(actor, ...auditPolicy.roles) },
  };
}
export type Abilities = ReturnType<typeof abilitiesOf>;
