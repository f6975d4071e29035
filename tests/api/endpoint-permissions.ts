import type { Role } from '../../src/domain/roles';

export type EndpointPermission = 'public' | 'authenticated' | Role[];

/**
 * Who reaches each endpoint: the reviewed copy of the `config.access` declared on every route.
 * tests/api/permissions.test.ts fails when a route is added or its declaration moves, so that every
 * permission change is looked at by a person. When it fails: decide whether the new access is right for
 * the committee office (see docs and src/policies/), then change the route or this table, never both blindly.
 *
 * 'public': anyone, not logged in. 'authenticated': any logged-in account; the command narrows further.
 * Roles are listed in alphabetical order.
 */
export const endpointPermissions: Record<string, EndpointPermission> = {
  // System and login
  'GET /api/health': 'public',
  'GET /api/public/login-info': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'authenticated',
  'GET /api/auth/me': 'authenticated',
  'POST /api/auth/password': 'authenticated',
  // Members (委员): staff read, the office keeps the roster; a member reads their own record
  'GET /api/members/roster-template': ['office_staff'],
  'POST /api/members/roster/preview': ['office_staff'],
  'POST /api/members/roster/import': ['office_staff'],
  'GET /api/members/export': ['committee_staff', 'info_editor', 'leader', 'office_staff', 'proposal_staff'],
  'GET /api/members': ['committee_staff', 'info_editor', 'leader', 'office_staff', 'proposal_staff'],
  'GET /api/members/:id': ['committee_staff', 'info_editor', 'leader', 'member', 'office_staff', 'proposal_staff'],
  'POST /api/members': ['office_staff'],
  'PUT /api/members/:id': ['office_staff'],
  'POST /api/members/:id/leave': ['office_staff'],
  'POST /api/members/:id/reinstate': ['office_staff'],
  // Organisation (届次、界别、党派、专委会、联络组、工作室): every business role reads, the office keeps
  'GET /api/organisation': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'member', 'office_staff', 'proposal_staff'],
  'GET /api/organisation/terms': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'member', 'office_staff', 'proposal_staff'],
  'POST /api/organisation/terms': ['office_staff'],
  'PUT /api/organisation/terms/:id': ['office_staff'],
  'DELETE /api/organisation/terms/:id': ['office_staff'],
  'GET /api/organisation/sessions': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'member', 'office_staff', 'proposal_staff'],
  'POST /api/organisation/sessions': ['office_staff'],
  'PUT /api/organisation/sessions/:id': ['office_staff'],
  'DELETE /api/organisation/sessions/:id': ['office_staff'],
  'GET /api/organisation/special-committees': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'member', 'office_staff', 'proposal_staff'],
  'POST /api/organisation/special-committees': ['office_staff'],
  'PUT /api/organisation/special-committees/:id': ['office_staff'],
  'DELETE /api/organisation/special-committees/:id': ['office_staff'],
  'GET /api/organisation/sectors': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'member', 'office_staff', 'proposal_staff'],
  'POST /api/organisation/sectors': ['office_staff'],
  'PUT /api/organisation/sectors/:id': ['office_staff'],
  'DELETE /api/organisation/sectors/:id': ['office_staff'],
  'GET /api/organisation/parties': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'member', 'office_staff', 'proposal_staff'],
  'POST /api/organisation/parties': ['office_staff'],
  'PUT /api/organisation/parties/:id': ['office_staff'],
  'DELETE /api/organisation/parties/:id': ['office_staff'],
  'GET /api/organisation/liaison-groups': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'member', 'office_staff', 'proposal_staff'],
  'POST /api/organisation/liaison-groups': ['office_staff'],
  'PUT /api/organisation/liaison-groups/:id': ['office_staff'],
  'DELETE /api/organisation/liaison-groups/:id': ['office_staff'],
  'GET /api/organisation/studios': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'member', 'office_staff', 'proposal_staff'],
  'POST /api/organisation/studios': ['office_staff'],
  'PUT /api/organisation/studios/:id': ['office_staff'],
  'DELETE /api/organisation/studios/:id': ['office_staff'],
  // Handling units (承办单位): staff read, the office keeps; a unit reads its own record
  'GET /api/units': ['committee_staff', 'info_editor', 'leader', 'office_staff', 'proposal_staff'],
  'GET /api/units/:id': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'office_staff', 'proposal_staff'],
  'POST /api/units': ['office_staff'],
  'PUT /api/units/:id': ['office_staff'],
  'DELETE /api/units/:id': ['office_staff'],
  // Accounts (三员分立: the system administrator; unlocking also the security administrator)
  'GET /api/users': ['security_admin', 'system_admin'],
  'GET /api/users/:id': ['security_admin', 'system_admin'],
  'GET /api/users/link-options': ['system_admin'],
  'POST /api/users': ['system_admin'],
  'PUT /api/users/:id': ['system_admin'],
  'POST /api/users/:id/reset-password': ['system_admin'],
  'POST /api/users/:id/disable': ['system_admin'],
  'POST /api/users/:id/enable': ['system_admin'],
  'POST /api/users/:id/unlock': ['security_admin', 'system_admin'],
  // Security policy (the security administrator)
  'GET /api/security-settings': ['security_admin'],
  'PUT /api/security-settings': ['security_admin'],
  // Audit trail (the audit administrator, read only)
  'GET /api/audit-events': ['audit_admin'],
  'GET /api/audit-events/actions': ['audit_admin'],
  // Annual consultation plan (年度协商工作计划): the office builds and issues it; staff and leaders read it; leaders may
  // record the chairs' and party committee's decisions; invited special committees and units comment (a unit lists
  // only the plans it is invited to), and the office records comments that came on paper
  'GET /api/plans': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'office_staff', 'proposal_staff'],
  'POST /api/plans': ['office_staff'],
  'POST /api/plans/import/preview': ['office_staff'],
  'GET /api/plans/:id': ['committee_staff', 'handling_unit', 'info_editor', 'leader', 'office_staff', 'proposal_staff'],
  'PUT /api/plans/:id': ['office_staff'],
  'POST /api/plans/:id/items': ['office_staff'],
  'PUT /api/plans/:id/items/:itemId': ['office_staff'],
  'DELETE /api/plans/:id/items/:itemId': ['office_staff'],
  'POST /api/plans/:id/transitions': ['leader', 'office_staff'],
  'POST /api/plans/:id/comments': ['committee_staff', 'handling_unit', 'office_staff'],
  'POST /api/plans/:id/name-links': ['office_staff'],
  'POST /api/plans/:id/adjustments': ['office_staff'],
  'GET /api/plans/:id/notice.docx': ['committee_staff', 'info_editor', 'leader', 'office_staff', 'proposal_staff'],
  'GET /api/plans/:id/items.xlsx': ['committee_staff', 'info_editor', 'leader', 'office_staff', 'proposal_staff'],
};
