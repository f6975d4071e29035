import { z } from 'zod';
import { extractNoticeText } from '../../plans/notice-text';
import { planNoticeDocxBuffer } from '../../plans/notice-docx';
import { planPolicy } from '../../policies/plans';
import { previewPlanImport } from '../../queries/plans/plan-import-preview';
import { planItemsWorkbook } from '../../queries/plans/plan-items-sheet';
import { getPlanNotice } from '../../queries/plans/plan-notice';
import { validationError } from '../../errors/app-error';
import { XLSX_MIME } from '../../xlsx/write-workbook';
import { actorOf } from '../plugins/access';
import type { App, Deps } from '../app-types';
import { readUpload, sendAttachment } from '../files';

const tags = ['年度协商计划'];
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const planParams = z.object({ id: z.uuid({ message: '计划编号无效' }) });
const yearOf = (raw: string | undefined) => {
  if (!raw) return undefined;
  const year = Number(raw);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw validationError('year', '年度不正确');
  return year;
};

export function planFileRoutes(app: App, deps: Deps) {
  app.post(
    '/api/plans/import/preview',
    {
      config: { access: { roles: planPolicy.manageRoles } },
      schema: { tags, summary: '解析协商计划通知（粘贴文本或上传 .txt/.docx），返回拟导入的计划，不保存', description: 'JSON {text, year} 或 multipart（file，可选 year）' },
    },
    async (request) => {
      let text: string;
      let year: number | undefined;
      if (request.isMultipart()) {
        const { upload, fields } = await readUpload(request, '请选择通知文件（.txt 或 .docx）');
        try {
          text = await extractNoticeText(upload.fileName ?? '', upload.content);
        } catch {
          throw validationError('file', '无法读取该文件，请上传 .txt 或 .docx 格式的通知');
        }
        year = yearOf(fields.year);
      } else {
        const body = z.object({ text: z.string().max(500_000, '文本过长'), year: z.number().int().optional() }).safeParse(request.body);
        if (!body.success) throw validationError('text', '请粘贴通知文本');
        text = body.data.text;
        year = body.data.year === undefined ? undefined : yearOf(String(body.data.year));
      }
      if (!text.trim()) throw validationError(request.isMultipart() ? 'file' : 'text', '通知内容为空');
      return previewPlanImport(deps.db, actorOf(request), text, year);
    },
  );

  app.get(
    '/api/plans/:id/notice.docx',
    { config: { access: { roles: planPolicy.readRoles } }, schema: { tags, summary: '下载计划通知（.docx，GB/T 9704 公文格式）', params: planParams } },
    async (request, reply) => {
      const notice = await getPlanNotice(deps.db, actorOf(request), request.params.id);
      const content = await planNoticeDocxBuffer(notice);
      return sendAttachment(reply, DOCX_MIME, `${notice.planTitle}.docx`, 'plan-notice.docx', content);
    },
  );

  app.get(
    '/api/plans/:id/items.xlsx',
    { config: { access: { roles: planPolicy.readRoles } }, schema: { tags, summary: '导出计划活动（.xlsx，每项一行）', params: planParams } },
    async (request, reply) => {
      const sheet = await planItemsWorkbook(deps.db, actorOf(request), request.params.id);
      return sendAttachment(reply, XLSX_MIME, sheet.fileName, `plan-${sheet.year}.xlsx`, sheet.content);
    },
  );
}
