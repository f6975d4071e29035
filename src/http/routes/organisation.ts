import { z } from 'zod';
import { createOrganisationRecord } from '../../commands/organisation/create-organisation-record';
import { deleteOrganisationRecord } from '../../commands/organisation/delete-organisation-record';
import { updateOrganisationRecord } from '../../commands/organisation/update-organisation-record';
import { ORGANISATION_KINDS, organisationKinds, type OrganisationInput, type OrganisationInputs, type OrganisationKind } from '../../domain/organisation/organisation-kinds';
import { organisationPolicy } from '../../policies/organisation';
import { getOrganisationLookups } from '../../queries/organisation/get-organisation-lookups';
import { listOrganisationRecords } from '../../queries/organisation/list-organisation-records';
import { contextOf, type App, type Deps } from '../app-types';
import { actorOf } from '../plugins/access';

const tags = ['组织机构'];
const read = { access: { roles: organisationPolicy.readRoles } };
const manage = { access: { roles: organisationPolicy.manageRoles } };

/**
 * GET /api/organisation for the forms, and list/create/update/delete under /api/organisation/:kind for each of the
 * seven kinds. Each kind has its own static routes (with its own body schema); an unknown kind matches none: 404.
 */
export function organisationRoutes(app: App, deps: Deps) {
  app.get('/api/organisation', { config: read, schema: { tags, summary: '组织机构：表单所需的全部选项' } }, async (request) =>
    getOrganisationLookups(deps.db, actorOf(request)),
  );
  for (const kind of ORGANISATION_KINDS) kindRoutes(app, deps, kind);
}

function kindRoutes<K extends OrganisationKind>(app: App, deps: Deps, kind: K) {
  const { label, schema } = organisationKinds[kind];
  // The body was validated by this kind's own schema; TypeScript cannot tie the two generics together by itself.
  const inputOf = (body: OrganisationInputs[OrganisationKind]) => body as OrganisationInput<K>;
  const path = `/api/organisation/${kind}`;
  const params = z.object({ id: z.uuid({ message: `${label}编号无效` }) });

  app.get(path, { config: read, schema: { tags, summary: `${label}列表` } }, async (request) => listOrganisationRecords(deps.db, actorOf(request), kind));

  app.post(path, { config: manage, schema: { tags, summary: `新增${label}`, body: schema } }, async (request, reply) => {
    const created = await createOrganisationRecord(contextOf(deps, request), kind, inputOf(request.body));
    return reply.status(201).send(created);
  });

  app.put(`${path}/:id`, { config: manage, schema: { tags, summary: `修改${label}`, params, body: schema } }, async (request) => {
    await updateOrganisationRecord(contextOf(deps, request), kind, request.params.id, inputOf(request.body));
    return { ok: true };
  });

  app.delete(`${path}/:id`, { config: manage, schema: { tags, summary: `删除${label}`, params } }, async (request) => {
    await deleteOrganisationRecord(contextOf(deps, request), kind, request.params.id);
    return { ok: true };
  });
}
