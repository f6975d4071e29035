import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { auditActionLabel } from '../../domain/audit-action-labels';
import type { Page } from '../../domain/common-schemas';
import type { AuditFilter } from './audit-filter';

export type AuditEventItem = {
  id: number;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  actionLabel: string;
  objectType: string | null;
  objectId: string | null;
  objectLabel: string | null;
  before: unknown;
  after: unknown;
  result: 'success' | 'failure' | 'denied';
  reason: string | null;
  ip: string | null;
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The committee's audit trail, newest first. Read only: nothing in the application changes or removes an event. */
export async function listAuditEvents(db: Db, actor: Actor, filter: AuditFilter, page: number, pageSize: number): Promise<Page<AuditEventItem>> {
  let query = db
    .selectFrom('audit_events as a')
    .leftJoin('users as u', (j) => j.onRef('u.committee_id', '=', 'a.committee_id').onRef('u.id', '=', 'a.actor_user_id'))
    .where('a.committee_id', '=', actor.committeeId);
  if (filter.from) query = query.where('a.at', '>=', filter.from.at);
  if (filter.to) query = query.where('a.at', filter.to.inclusive ? '<=' : '<', filter.to.at);
  if (filter.action) query = query.where('a.action', '=', filter.action);
  if (filter.objectType) query = query.where('a.object_type', '=', filter.objectType);
  if (filter.objectId) query = query.where('a.object_id', '=', filter.objectId);
  if (filter.result) query = query.where('a.result', '=', filter.result);
  if (filter.actor) {
    const pattern = likePattern(filter.actor);
    query = query.where((eb) => eb.or([eb('a.actor_name', 'ilike', pattern), eb('u.username', 'ilike', pattern)]));
  }
  const rows = await query
    .select([
      'a.id',
      'a.at',
      'a.actor_user_id',
      'a.actor_name',
      'a.action',
      'a.object_type',
      'a.object_id',
      'a.object_label',
      'a.before',
      'a.after',
      'a.result',
      'a.reason',
      'a.ip',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    total = (await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
  }
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actorUserId: r.actor_user_id,
      actorName: r.actor_name,
      action: r.action,
      actionLabel: auditActionLabel(r.action),
      objectType: r.object_type,
      objectId: r.object_id,
      objectLabel: r.object_label,
      before: r.before,
      after: r.after,
      result: r.result,
      reason: r.reason,
      ip: r.ip,
    })),
    total: Number(total),
    page,
    pageSize,
  };
}
