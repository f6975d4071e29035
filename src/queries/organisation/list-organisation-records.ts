import type { Db } from '../../db/database';
import { hasRole, type Actor } from '../../domain/actor';
import type { OrganisationKind, OrganisationListItem } from '../../domain/organisation/organisation-kinds';
import { forbidden } from '../../errors/app-error';
import { organisationAbilities, organisationPolicy } from '../../policies/organisation';
import { countsOf, selectRecords, usageCounts } from './organisation-tables';

/** The management list of one kind: each record with what refers to it (memberCount …) and the caller's abilities. */
export async function listOrganisationRecords<K extends OrganisationKind>(db: Db, actor: Actor, kind: K): Promise<OrganisationListItem<K>[]> {
  if (!hasRole(actor, ...organisationPolicy.readRoles)) throw forbidden();
  const items = await selectRecords(db, kind, actor.committeeId);
  const counts = await usageCounts(db, kind, actor.committeeId);
  return items.map((item) => {
    const usage = countsOf(kind, counts.get(item.id));
    const inUse = Object.values(usage).some((n) => n > 0);
    return { ...item, ...usage, abilities: organisationAbilities(actor, { inUse }) };
  });
}
