import { auditActionOptions } from '../../domain/audit-action-labels';
import { auditPolicy } from '../../policies/users';
import { auditQuerySchema } from '../../queries/audit/audit-filter';
import { listAuditEvents } from '../../queries/audit/list-audit-events';
import type { App, Deps } from '../app-types';
import { actorOf } from '../plugins/access';

const tags = ['审计日志'];
const access = { access: { roles: auditPolicy.roles } };

/** The audit trail, read only (三员分立: the audit administrator). There is no route that changes or removes an event. */
export function auditRoutes(app: App, deps: Deps) {
  app.get('/api/audit-events', { config: access, schema: { tags, summary: '审计日志', querystring: auditQuerySchema } }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listAuditEvents(deps.db, actorOf(request), filter, page, pageSize);
  });

  app.get('/api/audit-events/actions', { config: access, schema: { tags, summary: '审计操作类型' } }, async () => auditActionOptions());
}
