import type { Jsonified } from '@domain/json';
import type { Role } from '@domain/roles';
import type { AuditEventItem } from '@queries/audit/list-audit-events';
import type { UserListItem } from '@queries/users/user-rows';
import type { SecuritySettings } from '@domain/security-settings';

/** Shapes of the administration APIs (units, organisation, users, security settings, audit) as the pages read them. */

export type UnitCategory = 'government' | 'party' | 'court' | 'procuratorate' | 'people_org' | 'enterprise' | 'other';
export type UnitContact = { name: string; title?: string | null; phone?: string | null };
export type Unit = {
  id: string;
  name: string;
  shortName: string | null;
  category: UnitCategory;
  address: string | null;
  contacts: UnitContact[];
  active: boolean;
  sort: number;
  /** Accounts that log in as the unit: while there are any, it cannot be deleted. */
  accountCount?: number;
  abilities?: { update: boolean; delete: boolean };
};
export type UnitInput = Omit<Unit, 'id' | 'abilities' | 'accountCount'>;

export type Term = { id: string; number: number; name: string; startDate: string | null; endDate: string | null; isCurrent: boolean; memberCount?: number };
export type PlenarySession = { id: string; termId: string; number: number; name: string; startDate: string | null; endDate: string | null };
export type SpecialCommittee = { id: string; name: string; shortName: string | null; sort: number; memberCount?: number };
export type Sector = { id: string; name: string; sort: number; memberCount?: number };
export type PartyKind = 'party' | 'group' | 'none';
export type Party = { id: string; name: string; kind: PartyKind; sort: number; memberCount?: number };
export type LiaisonGroup = { id: string; name: string; description: string | null; sort: number; memberCount?: number };
export type Studio = { id: string; name: string; location: string | null; description: string | null; sort: number; memberCount?: number };

export type Organisation = {
  terms: Term[];
  sessions: PlenarySession[];
  specialCommittees: SpecialCommittee[];
  sectors: Sector[];
  parties: Party[];
  liaisonGroups: LiaisonGroup[];
  studios: Studio[];
};

/** The URL segment of each organisation kind, and the key of its list in GET /api/organisation. */
export const ORGANISATION_KINDS = {
  terms: 'terms',
  sessions: 'sessions',
  'special-committees': 'specialCommittees',
  sectors: 'sectors',
  parties: 'parties',
  'liaison-groups': 'liaisonGroups',
  studios: 'studios',
} as const satisfies Record<string, keyof Organisation>;
export type OrganisationKind = keyof typeof ORGANISATION_KINDS;

/** GET /api/users items as the browser receives them. */
export type UserItem = Jsonified<UserListItem>;
export type UserAbilities = UserItem['abilities'];
export type UserInput = { username?: string; displayName: string; password?: string; roles: Role[]; memberId: string | null; handlingUnitId: string | null; specialCommitteeId: string | null };

export type { SecuritySettings };

/** GET /api/audit-events items as the browser receives them. */
export type AuditEvent = Jsonified<AuditEventItem>;
export type AuditResult = AuditEvent['result'];
export type AuditActionOption = { action: string; label: string };

/** A member as the account form's link picker needs it. */
export type MemberOption = { id: string; name: string; sectorName?: string | null; employer?: string | null };
