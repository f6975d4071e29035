import { z } from 'zod';
import { createMember } from '../../commands/members/create-member';
import { markMemberLeft, reinstateMember } from '../../commands/members/mark-member-left';
import { updateMember } from '../../commands/members/update-member';
import { pageQuery } from '../../domain/common-schemas';
import { markLeftSchema, memberFilterSchema, memberInputSchema } from '../../domain/members/member-schema';
import { memberPolicy } from '../../policies/members';
import { getMember } from '../../queries/members/get-member';
import { listMembers } from '../../queries/members/list-members';
import { contextOf, type App, type Deps } from '../app-types';
import { actorOf } from '../plugins/access';

const idParams = z.object({ id: z.uuid({ message: '委员编号无效' }) });
const tags = ['委员'];

export function memberRoutes(app: App, deps: Deps) {
  app.get(
    '/api/members',
    { config: { access: { roles: memberPolicy.listRoles } }, schema: { tags, summary: '委员列表', querystring: memberFilterSchema.extend(pageQuery.shape) } },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return listMembers(deps.db, actorOf(request), filter, page, pageSize);
    },
  );

  app.get(
    '/api/members/:id',
    { config: { access: { roles: memberPolicy.readRoles } }, schema: { tags, summary: '委员详情', params: idParams } },
    async (request) => getMember(deps.db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/members',
    { config: { access: { roles: memberPolicy.manageRoles } }, schema: { tags, summary: '新增委员', body: memberInputSchema } },
    async (request, reply) => {
      const created = await createMember(contextOf(deps, request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.put(
    '/api/members/:id',
    { config: { access: { roles: memberPolicy.manageRoles } }, schema: { tags, summary: '修改委员', params: idParams, body: memberInputSchema } },
    async (request) => {
      await updateMember(contextOf(deps, request), request.params.id, request.body);
      return { ok: true };
    },
  );

  app.post(
    '/api/members/:id/leave',
    { config: { access: { roles: memberPolicy.manageRoles } }, schema: { tags, summary: '标记离任', params: idParams, body: markLeftSchema } },
    async (request) => {
      await markMemberLeft(contextOf(deps, request), request.params.id, request.body);
      return { ok: true };
    },
  );

  app.post(
    '/api/members/:id/reinstate',
    { config: { access: { roles: memberPolicy.manageRoles } }, schema: { tags, summary: '恢复在任', params: idParams } },
    async (request) => {
      await reinstateMember(contextOf(deps, request), request.params.id);
      return { ok: true };
    },
  );
}
