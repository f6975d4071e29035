import type { SPECIAL_COMMITTEE_POSITIONS } from '@domain/members/member-schema';

/** What the server says the current user may do with one member (drives which buttons are drawn). */
export type MemberAbilities = { update: boolean; markLeft: boolean; reinstate: boolean };

export type MemberStatus = 'active' | 'left';
export type Gender = 'male' | 'female';
export type SpecialCommitteePosition = (typeof SPECIAL_COMMITTEE_POSITIONS)[number];

/** One row of GET /api/members. */
export type MemberListItem = {
  id: string;
  name: string;
  gender: Gender | null;
  phone: string | null;
  employer: string | null;
  isStanding: boolean;
  status: MemberStatus;
  leftDate: string | null;
  termName: string;
  sectorName: string;
  partyName: string | null;
  abilities: MemberAbilities;
};

/** GET /api/members/:id */
export type MemberDetail = {
  id: string;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  ethnicity: string | null;
  termId: string;
  termName: string;
  sectorId: string;
  sectorName: string;
  partyId: string | null;
  partyName: string | null;
  liaisonGroupId: string | null;
  liaisonGroupName: string | null;
  studioId: string | null;
  studioName: string | null;
  employer: string | null;
  phone: string | null;
  isStanding: boolean;
  status: MemberStatus;
  leftDate: string | null;
  leftReason: string | null;
  note: string | null;
  specialCommittees: { specialCommitteeId: string; name: string; position: SpecialCommitteePosition }[];
  createdAt: string;
  updatedAt: string;
  abilities: MemberAbilities;
};

type Named = { id: string; name: string };

/** GET /api/organisation: the lists that feed the member form's selects. */
export type Organisation = {
  terms: (Named & { number: number; isCurrent: boolean })[];
  sessions: unknown[];
  specialCommittees: (Named & { shortName: string | null })[];
  sectors: Named[];
  parties: (Named & { kind: string })[];
  liaisonGroups: Named[];
  studios: (Named & { location: string | null })[];
};

/** The list filters as they travel in the URL and to GET /api/members. */
export type MemberFilters = {
  q?: string;
  sectorId?: string;
  partyId?: string;
  specialCommitteeId?: string;
  termId?: string;
  status?: MemberStatus;
  isStanding?: 'true' | 'false';
};

/** POST /api/members/roster/preview */
export type RosterPreview = {
  rows: { row: number; values: Record<string, unknown>; errors: { field: string; message: string }[] }[];
  validCount: number;
  invalidCount: number;
};

/** POST /api/members/roster/import */
export type RosterImportResult = { imported: number; skipped: number[] };
