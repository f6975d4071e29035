import { z } from 'zod';
import { createHandlingUnit } from '../../commands/units/create-handling-unit';
import { deleteHandlingUnit } from '../../commands/units/delete-handling-unit';
import { updateHandlingUnit } from '../../commands/units/update-handling-unit';
import { handlingUnitFilterSchema, handlingUnitInputSchema } from '../../domain/organisation/handling-unit-schema';
import { handlingUnitPolicy } from '../../policies/handling-units';
import { getHandlingUnit } from '../../queries/units/get-handling-unit';
import { listHandlingUnits } from '../../queries/units/list-handling-units';
import { contextOf, type App, type Deps } from '../app-types';
import { actorOf } from '../plugins/access';

const idParams = z.object({ id: z.uuid({ message: '承办单位编号无效' }) });
const tags = ['承办单位'];
const manage = { access: { roles: handlingUnitPolicy.manageRoles } };

export function unitRoutes(app: App, deps: Deps) {
  app.get(
    '/api/units',
    { config: { access: { roles: handlingUnitPolicy.listRoles } }, schema: { tags, summary: '承办单位列表', querystring: handlingUnitFilterSchema } },
    async (request) => listHandlingUnits(deps.db, actorOf(request), request.query),
  );

  app.get(
    '/api/units/:id',
    { config: { access: { roles: handlingUnitPolicy.readRoles } }, schema: { tags, summary: '承办单位详情', params: idParams } },
    async (request) => getHandlingUnit(deps.db, actorOf(request), request.params.id),
  );

  app.post('/api/units', { config: manage, schema: { tags, summary: '新增承办单位', body: handlingUnitInputSchema } }, async (request, reply) => {
    const created = await createHandlingUnit(contextOf(deps, request), request.body);
    return reply.status(201).send(created);
  });

  app.put('/api/units/:id', { config: manage, schema: { tags, summary: '修改承办单位', params: idParams, body: handlingUnitInputSchema } }, async (request) => {
    await updateHandlingUnit(contextOf(deps, request), request.params.id, request.body);
    return { ok: true };
  });

  app.delete('/api/units/:id', { config: manage, schema: { tags, summary: '删除承办单位', params: idParams } }, async (request) => {
    await deleteHandlingUnit(contextOf(deps, request), request.params.id);
    return { ok: true };
  });
}
