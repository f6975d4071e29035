import type { AuditAction, AuditResult } from '../domain/audit-actions';
import type { Db } from './database';

export type AuditEvent = {
  committeeId: string;
  actorUserId?: string | null;
  actorName?: string | null;
  action: AuditAction;
  objectType?: string;
  objectId?: string | null;
  objectLabel?: string | null;
  before?: unknown;
  after?: unknown;
  result?: AuditResult;
  reason?: string | null;
  ip?: string | null;
};

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** The only writer of the audit trail. Call it inside the command's transaction so the event and the change commit together. */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      committee_id: event.committeeId,
      actor_user_id: event.actorUserId ?? null,
      actor_name: event.actorName ?? null,
      action: event.action,
      object_type: event.objectType ?? null,
      object_id: event.objectId ?? null,
      object_label: event.objectLabel ?? null,
      before: json(event.before),
      after: json(event.after),
      result: event.result ?? 'success',
      reason: event.reason ?? null,
      ip: event.ip ?? null,
    })
    .execute();
}
