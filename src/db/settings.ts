import { defaultSecuritySettings, securitySettingsSchema, type SecuritySettings } from '../domain/security-settings';
import type { Db } from './database';

/** A committee's security settings; stored values are read through the schema so a missing key falls back to its default. */
export async function loadSecuritySettings(db: Db, committeeId: string): Promise<SecuritySettings> {
  const row = await db
    .selectFrom('committee_settings')
    .select('security')
    .where('committee_id', '=', committeeId)
    .executeTakeFirst();
  return parseSecuritySettings(row?.security);
}

export function parseSecuritySettings(stored: unknown): SecuritySettings {
  const merged = { ...defaultSecuritySettings, ...((stored as object | undefined) ?? {}) };
  const parsed = securitySettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultSecuritySettings;
}
