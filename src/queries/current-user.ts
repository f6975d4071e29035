import type { Db } from '../db/database';
import { loadSecuritySettings } from '../db/settings';
import type { Actor } from '../domain/actor';
import { roleLabels, type Role } from '../domain/roles';
import { abilitiesOf } from '../policies/abilities';

export async function currentUser(db: Db, who: { committeeId: string; userId: string }, csrfToken: string) {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('committees as c', 'c.id', 'u.committee_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.roles',
      'u.member_id',
      'u.handling_unit_id',
      'u.must_change_password',
      'u.password_changed_at',
      'c.id as committee_id',
      'c.code as committee_code',
      'c.name as committee_name',
      'c.short_name as committee_short_name',
      'c.level as committee_level',
    ])
    .where('u.committee_id', '=', who.committeeId)
    .where('u.id', '=', who.userId)
    .executeTakeFirstOrThrow();
  const settings = await loadSecuritySettings(db, who.committeeId);
  const maxAgeMs = settings.passwordMaxAgeDays * 86_400_000;
  const actor: Actor = {
    committeeId: row.committee_id,
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles as Role[],
    memberId: row.member_id,
    handlingUnitId: row.handling_unit_id,
  };
  return {
    user: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: actor.roles,
      roleLabels: actor.roles.map((r) => roleLabels[r]),
      memberId: row.member_id,
      handlingUnitId: row.handling_unit_id,
      mustChangePassword: row.must_change_password,
      passwordExpired: maxAgeMs > 0 && Date.now() - row.password_changed_at.getTime() > maxAgeMs,
    },
    committee: {
      id: row.committee_id,
      code: row.committee_code,
      name: row.committee_name,
      shortName: row.committee_short_name,
      level: row.committee_level,
    },
    abilities: abilitiesOf(actor),
    passwordPolicy: { minLength: settings.passwordMinLength, minClasses: settings.passwordMinClasses },
    csrfToken,
  };
}
