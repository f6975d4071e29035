import type { Db } from '../../db/database';
import { hasRole, type Actor } from '../../domain/actor';
import type { OrganisationLookups } from '../../domain/organisation/organisation-kinds';
import { forbidden } from '../../errors/app-error';
import { organisationPolicy } from '../../policies/organisation';
import { selectRecords } from './organisation-tables';

/** Every organisation list a form needs (pickers for term, sector, party …), in one call and in display order. */
export async function getOrganisationLookups(db: Db, actor: Actor): Promise<OrganisationLookups> {
  if (!hasRole(actor, ...organisationPolicy.readRoles)) throw forbidden();
  const committeeId = actor.committeeId;
  return {
    terms: await selectRecords(db, 'terms', committeeId),
    sessions: await selectRecords(db, 'sessions', committeeId),
    specialCommittees: await selectRecords(db, 'special-committees', committeeId),
    sectors: await selectRecords(db, 'sectors', committeeId),
    parties: await selectRecords(db, 'parties', committeeId),
    liaisonGroups: await selectRecords(db, 'liaison-groups', committeeId),
    studios: await selectRecords(db, 'studios', committeeId),
  };
}
