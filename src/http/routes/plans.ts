import { z } from 'zod';
import { adjustPlan } from '../../commands/plans/adjust-plan';
import { commentOnPlan } from '../../commands/plans/comment-on-plan';
import { linkPlanName } from '../../commands/plans/link-plan-name';
import { createPlan } from '../../commands/plans/create-plan';
import { addPlanItem, removePlanItem, updatePlanItem } from '../../commands/plans/plan-items';
import { transitionPlan } from '../../commands/plans/transition-plan';
import { updatePlan } from '../../commands/plans/update-plan';
import { importedPlanSchema, planAdjustmentSchema, planCommentSchema, planInputSchema, planItemInputSchema, planNameLinkSchema, planTransitionSchema } from '../../domain/plans/plan-schema';
import { planPolicy } from '../../policies/plans';
import { getPlan } from '../../queries/plans/get-plan';
import { listPlans } from '../../queries/plans/list-plans';
import { contextOf, type App, type Deps } from '../app-types';
import { actorOf } from '../plugins/access';

const tags = ['年度协商计划'];
const planParams = z.object({ id: z.uuid({ message: '计划编号无效' }) });
const itemParams = planParams.extend({ itemId: z.uuid({ message: '活动编号无效' }) });
const manage = { access: { roles: planPolicy.manageRoles } };

export function planRoutes(app: App, deps: Deps) {
  app.get('/api/plans', { config: { access: { roles: planPolicy.listRoles } }, schema: { tags, summary: '年度协商计划列表（承办单位只见邀请其提意见的计划）' } }, async (request) => listPlans(deps.db, actorOf(request)));

  app.post(
    '/api/plans',
    { config: manage, schema: { tags, summary: '新建年度协商计划（可带导入并校对后的活动）', body: importedPlanSchema.partial({ items: true, source: true }) } },
    async (request, reply) => reply.status(201).send(await createPlan(contextOf(deps, request), { plan: request.body.plan, items: request.body.items, source: request.body.items ? request.body.source : undefined })),
  );

  app.get(
    '/api/plans/:id',
    { config: { access: { roles: [...new Set([...planPolicy.readRoles, ...planPolicy.commentRoles])] } }, schema: { tags, summary: '计划详情（含活动、意见、调整记录）', params: planParams } },
    async (request) => getPlan(deps.db, actorOf(request), request.params.id),
  );

  app.put('/api/plans/:id', { config: manage, schema: { tags, summary: '修改计划', params: planParams, body: planInputSchema } }, async (request) => {
    await updatePlan(contextOf(deps, request), request.params.id, request.body);
    return { ok: true };
  });

  app.post('/api/plans/:id/items', { config: manage, schema: { tags, summary: '增加协商活动', params: planParams, body: planItemInputSchema } }, async (request, reply) =>
    reply.status(201).send(await addPlanItem(contextOf(deps, request), request.params.id, request.body)),
  );

  app.put('/api/plans/:id/items/:itemId', { config: manage, schema: { tags, summary: '修改协商活动', params: itemParams, body: planItemInputSchema } }, async (request) => {
    await updatePlanItem(contextOf(deps, request), request.params.id, request.params.itemId, request.body);
    return { ok: true };
  });

  app.delete('/api/plans/:id/items/:itemId', { config: manage, schema: { tags, summary: '删除协商活动（印发前）', params: itemParams } }, async (request) => {
    await removePlanItem(contextOf(deps, request), request.params.id, request.params.itemId);
    return { ok: true };
  });

  app.post(
    '/api/plans/:id/transitions',
    { config: { access: { roles: planPolicy.transitionRoles } }, schema: { tags, summary: '计划流转：征求意见、提交主席会议、登记审定、印发、退回', params: planParams, body: planTransitionSchema } },
    async (request) => transitionPlan(contextOf(deps, request), request.params.id, request.body),
  );

  app.post(
    '/api/plans/:id/comments',
    { config: { access: { roles: planPolicy.commentOrRecordRoles } }, schema: { tags, summary: '受邀单位对计划或活动提出意见（办公室可代录书面意见）', params: planParams, body: planCommentSchema } },
    async (request, reply) => reply.status(201).send(await commentOnPlan(contextOf(deps, request), request.params.id, request.body)),
  );

  app.post(
    '/api/plans/:id/name-links',
    { config: manage, schema: { tags, summary: '把计划中未关联的单位名称关联到机构库（可记住，今后导入自动关联）', params: planParams, body: planNameLinkSchema } },
    async (request) => linkPlanName(contextOf(deps, request), request.params.id, request.body),
  );

  app.post('/api/plans/:id/adjustments', { config: manage, schema: { tags, summary: '计划调整（印发后增加、取消或调整活动）', params: planParams, body: planAdjustmentSchema } }, async (request, reply) =>
    reply.status(201).send(await adjustPlan(contextOf(deps, request), request.params.id, request.body)),
  );
}
