import type { z } from 'zod';
import {
  liaisonGroupInputSchema,
  partyInputSchema,
  sectorInputSchema,
  sessionInputSchema,
  specialCommitteeInputSchema,
  studioInputSchema,
  termInputSchema,
  type PartyKind,
} from './organisation-schemas';

/**
 * The seven kinds of organisation record, as they appear in URLs (/api/organisation/:kind).
 * Everything about a kind that is not storage is here, so one generic implementation serves all seven.
 */
export const ORGANISATION_KINDS = ['terms', 'sessions', 'special-committees', 'sectors', 'parties', 'liaison-groups', 'studios'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const organisationKinds = {
  terms: { label: '届次', objectType: 'term', lookupKey: 'terms', schema: termInputSchema },
  sessions: { label: '会议', objectType: 'session', lookupKey: 'sessions', schema: sessionInputSchema },
  'special-committees': { label: '专委会', objectType: 'special_committee', lookupKey: 'specialCommittees', schema: specialCommitteeInputSchema },
  sectors: { label: '界别', objectType: 'sector', lookupKey: 'sectors', schema: sectorInputSchema },
  parties: { label: '党派团体', objectType: 'party', lookupKey: 'parties', schema: partyInputSchema },
  'liaison-groups': { label: '联络组', objectType: 'liaison_group', lookupKey: 'liaisonGroups', schema: liaisonGroupInputSchema },
  studios: { label: '委员工作室', objectType: 'studio', lookupKey: 'studios', schema: studioInputSchema },
} as const satisfies Record<OrganisationKind, { label: string; objectType: string; lookupKey: string; schema: z.ZodType }>;

export type OrganisationInputs = { [K in OrganisationKind]: z.output<(typeof organisationKinds)[K]['schema']> };
export type OrganisationInput<K extends OrganisationKind> = OrganisationInputs[K];

/** The records as the API returns them (camelCase), for the web app's tables and pickers. */
export type OrganisationItems = {
  terms: { id: string; number: number; name: string; startDate: string | null; endDate: string | null; isCurrent: boolean };
  sessions: { id: string; termId: string; number: number; name: string; startDate: string | null; endDate: string | null };
  'special-committees': { id: string; name: string; shortName: string | null; sort: number };
  sectors: { id: string; name: string; sort: number };
  parties: { id: string; name: string; kind: PartyKind; sort: number };
  'liaison-groups': { id: string; name: string; description: string | null; sort: number };
  studios: { id: string; name: string; location: string | null; description: string | null; sort: number };
};
export type OrganisationItem<K extends OrganisationKind> = OrganisationItems[K];

export type LookupKey = (typeof organisationKinds)[OrganisationKind]['lookupKey'];
/** GET /api/organisation: every list a form needs, in one call. */
export type OrganisationLookups = { [K in OrganisationKind as (typeof organisationKinds)[K]['lookupKey']]: OrganisationItem<K>[] };

/** What refers to a record and so keeps it from being deleted; counted on each listed record. */
export type UsageCounts = { memberCount?: number; sessionCount?: number };
export type OrganisationListItem<K extends OrganisationKind> = OrganisationItem<K> & UsageCounts & { abilities: { update: boolean; delete: boolean } };

/** 该界别下仍有委员，不能删除 */
export const stillInUseMessage = (kind: OrganisationKind, what: string) => `该${organisationKinds[kind].label}下仍有${what}，不能删除`;
