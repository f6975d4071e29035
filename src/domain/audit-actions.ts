/**
 * The audit vocabulary. Every state change writes one of these; statistics and timelines read them back,
 * so an action's name is a promise: add new ones, never rename.
 */
export const AuditAction = {
  /** A user logged in (result success) or failed to (result failure, with the reason). */
  Login: 'auth.login',
  /** A user logged out or the session was ended. */
  Logout: 'auth.logout',
  /** An account was locked after repeated failed logins. */
  AccountLocked: 'auth.account_locked',
  /** A request was refused for lack of permission. */
  AccessDenied: 'auth.access_denied',
  /** A user changed their own password. */
  PasswordChanged: 'auth.password_changed',

  CommitteeCreated: 'committee.created',

  UserCreated: 'user.created',
  UserUpdated: 'user.updated',
  UserPasswordReset: 'user.password_reset',
  UserUnlocked: 'user.unlocked',
  UserDisabled: 'user.disabled',
  UserEnabled: 'user.enabled',

  SecuritySettingsUpdated: 'security_settings.updated',

  /** An organisation record (term, session, sector, party, special committee, liaison group, studio) changed. */
  OrganisationCreated: 'organisation.created',
  OrganisationUpdated: 'organisation.updated',
  OrganisationDeleted: 'organisation.deleted',

  HandlingUnitCreated: 'handling_unit.created',
  HandlingUnitUpdated: 'handling_unit.updated',
  HandlingUnitDeleted: 'handling_unit.deleted',

  MemberCreated: 'member.created',
  MemberUpdated: 'member.updated',
  /** A member left office (离任), with the date. */
  MemberLeft: 'member.left',
  MemberReinstated: 'member.reinstated',
  /** A roster was imported from Excel; after holds the counts and skipped rows. */
  RosterImported: 'member.roster_imported',
  /** The member list was exported (exports of personal data are audited too). */
  MembersExported: 'member.exported',

  /** An annual plan was created, typed or saved from an imported notice (after holds the import's warnings). */
  PlanCreated: 'plan.created',
  PlanImported: 'plan.imported',
  PlanUpdated: 'plan.updated',
  PlanItemAdded: 'plan.item_added',
  PlanItemUpdated: 'plan.item_updated',
  PlanItemRemoved: 'plan.item_removed',
  /** The plan moved along its workflow (after holds from, to and the meeting or reason). */
  PlanTransitioned: 'plan.transitioned',
  /** The plan was issued: its items became consultation activities. */
  PlanIssued: 'plan.issued',
  PlanCommented: 'plan.commented',
  PlanNameLinked: 'plan.name_linked',
  /** After issue: an item added, cancelled or moved, with the reason and the approver. */
  PlanAdjusted: 'plan.adjusted',
  PlanNoticeDownloaded: 'plan.notice_downloaded',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export type AuditResult = 'success' | 'failure' | 'denied';
