import { z } from 'zod';
import { createUser } from '../../commands/users/create-user';
import { disableUser } from '../../commands/users/disable-user';
import { enableUser } from '../../commands/users/enable-user';
import { resetUserPassword } from '../../commands/users/reset-user-password';
import { unlockUser } from '../../commands/users/unlock-user';
import { updateUser } from '../../commands/users/update-user';
import { pageQuery } from '../../domain/common-schemas';
import { createUserSchema, roleSchema, updateUserSchema } from '../../domain/users/user-schema';
import { userPolicy } from '../../policies/users';
import { getUser } from '../../queries/users/get-user';
import { listUsers } from '../../queries/users/list-users';
import { contextOf, type App, type Deps } from '../app-types';
import { actorOf } from '../plugins/access';
import { linkOptions } from '../../queries/users/link-options';

const idParams = z.object({ id: z.uuid({ message: '用户编号无效' }) });
const listQuery = z.object({ q: z.string().trim().max(50).optional(), role: roleSchema.optional() }).extend(pageQuery.shape);
const resetBody = z.object({ password: z.string({ error: '请输入新密码' }).min(1, '请输入新密码').max(128) });
const tags = ['用户管理'];
const manage = { access: { roles: userPolicy.manageRoles } };
const ok = { ok: true } as const;

/** Account administration (三员分立: the system administrator; unlocking also the security administrator). */
export function userRoutes(app: App, deps: Deps) {
  app.get('/api/users', { config: { access: { roles: userPolicy.readRoles } }, schema: { tags, summary: '用户列表', querystring: listQuery } }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listUsers(deps.db, actorOf(request), filter, page, pageSize);
  });

  app.get(
    '/api/users/link-options',
    { config: manage, schema: { tags, summary: '可关联的委员、承办单位或专委会（按名称查找，供建立委员、承办单位、专委会工作人员账号）', querystring: z.object({ kind: z.enum(['member', 'unit', 'special_committee'], { error: '类型只能是member、unit或special_committee' }), q: z.string().trim().max(50).optional() }) } },
    async (request) => linkOptions(deps.db, actorOf(request), request.query.kind, request.query.q),
  );

  app.get('/api/users/:id', { config: { access: { roles: userPolicy.readRoles } }, schema: { tags, summary: '用户详情', params: idParams } }, async (request) =>
    getUser(deps.db, actorOf(request), request.params.id),
  );

  app.post('/api/users', { config: manage, schema: { tags, summary: '新增用户', body: createUserSchema } }, async (request, reply) => {
    const created = await createUser(contextOf(deps, request), request.body);
    return reply.status(201).send(created);
  });

  app.put('/api/users/:id', { config: manage, schema: { tags, summary: '修改用户', params: idParams, body: updateUserSchema } }, async (request) => {
    await updateUser(contextOf(deps, request), request.params.id, request.body);
    return ok;
  });

  app.post(
    '/api/users/:id/reset-password',
    { config: manage, schema: { tags, summary: '重置密码（用户下次登录须修改）', params: idParams, body: resetBody } },
    async (request) => {
      await resetUserPassword(contextOf(deps, request), request.params.id, request.body);
      return ok;
    },
  );

  app.post('/api/users/:id/disable', { config: manage, schema: { tags, summary: '停用账号', params: idParams } }, async (request) => {
    await disableUser(contextOf(deps, request), request.params.id);
    return ok;
  });

  app.post('/api/users/:id/enable', { config: manage, schema: { tags, summary: '启用账号', params: idParams } }, async (request) => {
    await enableUser(contextOf(deps, request), request.params.id);
    return ok;
  });

  app.post(
    '/api/users/:id/unlock',
    { config: { access: { roles: userPolicy.unlockRoles } }, schema: { tags, summary: '解除登录锁定', params: idParams } },
    async (request) => {
      await unlockUser(contextOf(deps, request), request.params.id);
      return ok;
    },
  );
}
