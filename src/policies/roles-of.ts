import { Role } from '../domain/roles';

/** Staff who work with member and unit records in their committee. */
export const STAFF_READERS = [
  Role.OfficeStaff,
  Role.ProposalStaff,
  Role.CommitteeStaff,
  Role.InfoEditor,
  Role.Leader,
] as const;

/** Everyone who does the committee's business (not the three administrators). */
export const BUSINESS_ROLES = [...STAFF_READERS, Role.Member, Role.HandlingUnit] as const;
