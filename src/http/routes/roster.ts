import type { FastifyReply, FastifyRequest } from 'fastify';
import { importRoster, type RosterUpload } from '../../commands/members/import-roster';
import { memberFilterSchema } from '../../domain/members/member-schema';
import { AppError, validationError } from '../../errors/app-error';
import { memberPolicy } from '../../policies/members';
import { exportMembers } from '../../queries/members/export-members';
import { previewRoster } from '../../queries/members/preview-roster';
import { buildRosterTemplate } from '../../queries/members/roster-template';
import { XLSX_MIME } from '../../xlsx/write-workbook';
import { contextOf, type App, type Deps } from '../app-types';
import { actorOf } from '../plugins/access';

const tags = ['委员'];
const uploadNote = '以 multipart/form-data 上传，文件字段名为 file（.xlsx，不超过10MB）';

/** The multipart upload: the file under `file` and any text fields. Nothing is kept after the request. */
async function readUpload(request: FastifyRequest): Promise<{ upload: RosterUpload; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw validationError('file', '请选择要上传的Excel文件（.xlsx）');
  let upload: RosterUpload | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'file') upload = { content, fileName: part.filename || null };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    throw uploadError(error);
  }
  if (!upload) throw validationError('file', '请选择要上传的Excel文件（.xlsx）');
  return { upload, fields };
}

/**
 * The multipart parser reports a cut-off or malformed body as a bare Error (no code, no status), which would
 * be a 500; it is the client's upload that failed. Errors with their own status (file too large) pass through.
 */
function uploadError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const e = error as { code?: string; statusCode?: number };
  if (e.code === 'FST_FILES_LIMIT') return validationError('file', '每次只能上传一个文件');
  if (error instanceof Error && e.statusCode === undefined) return validationError('file', '上传的内容不完整，请重新选择文件上传');
  return error;
}

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * alone, which attr-char does not allow. */
const rfc5987 = (text: string) => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** An attachment with its Chinese name (filename*) and an ASCII name for clients that do not read filename*. */
function sendXlsx(reply: FastifyReply, fileName: string, asciiName: string, content: Buffer) {
  return reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${rfc5987(fileName)}`)
    .header('cache-control', 'no-store')
    .send(content);
}

export function rosterRoutes(app: App, deps: Deps) {
  app.get(
    '/api/members/roster-template',
    { config: { access: { roles: memberPolicy.manageRoles } }, schema: { tags, summary: '下载委员名册导入模板' } },
    async (request, reply) => sendXlsx(reply, '委员名册导入模板.xlsx', 'roster-template.xlsx', await buildRosterTemplate(deps.db, actorOf(request))),
  );

  app.post(
    '/api/members/roster/preview',
    { config: { access: { roles: memberPolicy.manageRoles } }, schema: { tags, summary: '预览委员名册导入（不保存）', description: uploadNote } },
    async (request) => {
      const { upload } = await readUpload(request);
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
      const { upload, fields } = await readUpload(request);
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
      return sendXlsx(reply, fileName, fileName.replace('委员名册', 'members'), content);
    },
  );
}
