import type { Db } from '../db/database';
import type { AuditEvent } from '../db/audit';
import { recordAudit } from '../db/audit';
import type { Actor } from '../domain/actor';

/** What every command receives: the database, who acts, from where, and when. */
export type CommandContext = { db: Db; actor: Actor; ip: string | null; now?: Date };

/** The actor of work done from the command line or the seed: recorded in the audit trail as 命令行, with no user id. */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';
export function systemContext(db: Db, committeeId: string): CommandContext {
  return {
    db,
    ip: null,
    actor: { committeeId, userId: SYSTEM_USER_ID, username: 'system', displayName: '命令行', roles: ['system_admin'], memberId: null, handlingUnitId: null },
  };
}

/** An audit event on behalf of the context's actor, written in the given transaction. */
export function auditAs(db: Db, ctx: CommandContext, event: Omit<AuditEvent, 'committeeId' | 'actorUserId' | 'actorName' | 'ip'>) {
  return recordAudit(db, {
    ...event,
    committeeId: ctx.actor.committeeId,
    actorUserId: ctx.actor.userId === SYSTEM_USER_ID ? null : ctx.actor.userId,
    actorName: ctx.actor.displayName,
    ip: ctx.ip,
  });
}
