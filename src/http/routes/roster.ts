import { importRoster } from '../../commands/members/import-roster';
import { validationError } from '../../errors/app-error';
import { memberFilterSchema } from '../../domain/members/member-schema';
import { memberPolicy } from '../../policies/members';
import { exportMembers } from '../../queries/members/export-members';
import { previewRoster } from '../../queries/members/preview-roster';
import { buildRosterTemplate } from '../../queries/members/roster-template';
import { XLSX_MIME } from '../../xlsx/write-workbook';
import { readUpload, sendAttachment } from '../files';
import { contextOf, type App, type Deps } from '../app-types';
import { actorOf } from '../plugins/access';

const tags = ['委员'];
const uploadNote = '以 multipart/form-data 上传，文件字段名为 file（.xlsx，不超过10MB）';

export function rosterRoutes(app: App, deps: Deps) {
  app.get(
    '/api/members/roster-template',
    { config: { access: { roles: memberPolicy.manageRoles } }, schema: { tags, summary: '下载委员名册导入模板' } },
    async (request, reply) => sendAttachment(reply, XLSX_MIME, '委员名册导入模板.xlsx', 'roster-template.xlsx', await buildRosterTemplate(deps.db, actorOf(request))),
  );

  app.post(
    '/api/members/roster/preview',
    { config: { access: { roles: memberPolicy.manageRoles } }, schema: { tags, summary: '预览委员名册导入（不保存）', description: uploadNote } },
    async (request) => {
      const { upload } = await readUpload(request, '请选择要上传的Excel文件（.xlsx）');
      return previewRoster(deps.db, actorOf(request), upload.content);
    },
  );

  app.post(
    '/api/members/roster/import',
    {
      config: { access: { roles: memberPolicy.manageRoles } },
      schema: { tags, summary: '导入委员名册', description: `${uploadNote}；字段 skipInvalid 为 true 时跳过有误的行` },
    },
    async (request) => {
      const { upload, fields } = await readUpload(request, '请选择要上传的Excel文件（.xlsx）');
      const skipInvalid = fields.skipInvalid ?? 'false';
      if (skipInvalid !== 'true' && skipInvalid !== 'false') throw validationError('skipInvalid', '跳过错误行只能是true或false');
      return importRoster(contextOf(deps, request), upload, { skipInvalid: skipInvalid === 'true' });
    },
  );

  app.get(
    '/api/members/export',
    { config: { access: { roles: memberPolicy.listRoles } }, schema: { tags, summary: '导出委员名册（Excel）', querystring: memberFilterSchema } },
    async (request, reply) => {
      const { fileName, content } = await exportMembers(contextOf(deps, request), request.query);
      return sendAttachment(reply, XLSX_MIME, fileName, fileName.replace('委员名册', 'members'), content);
    },
  );
}
