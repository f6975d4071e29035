import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { roleLabels, type Role } from '../../domain/roles';
import { userAbilities } from '../../policies/users';

/** Accounts of one committee with the names of their linked member and unit; list and detail share it. */
export function selectUsers(db: Db, committeeId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('members as m', (j) => j.onRef('m.committee_id', '=', 'u.committee_id').onRef('m.id', '=', 'u.member_id'))
    .leftJoin('handling_units as h', (j) => j.onRef('h.committee_id', '=', 'u.committee_id').onRef('h.id', '=', 'u.handling_unit_id'))
    .leftJoin('special_committees as sc', (j) => j.onRef('sc.committee_id', '=', 'u.committee_id').onRef('sc.id', '=', 'u.special_committee_id'))
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.roles',
      'u.member_id',
      'u.handling_unit_id',
      'u.special_committee_id',
      'u.disabled',
      'u.locked_until',
      'u.failed_logins',
      'u.must_change_password',
      'u.password_changed_at',
      'u.last_login_at',
      'u.created_at',
      'u.updated_at',
      'm.name as member_name',
      'h.name as handling_unit_name',
      'sc.name as special_committee_name',
    ])
    .where('u.committee_id', '=', committeeId);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

/** An account as the administration pages show it, with what the caller may do to it. */
export function presentUser(actor: Actor, row: UserRow, now: Date) {
  const roles = row.roles as Role[];
  const locked = row.locked_until !== null && row.locked_until.getTime() > now.getTime();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles,
    roleLabels: roles.map((r) => roleLabels[r] ?? r),
    memberId: row.member_id,
    memberName: row.member_name,
    handlingUnitId: row.handling_unit_id,
    handlingUnitName: row.handling_unit_name,
    specialCommitteeId: row.special_committee_id,
    specialCommitteeName: row.special_committee_name,
    disabled: row.disabled,
    locked,
    lockedUntil: locked ? row.locked_until : null,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    abilities: userAbilities(actor, { id: row.id, disabled: row.disabled, locked }),
  };
}
export type UserListItem = ReturnType<typeof presentUser>;
