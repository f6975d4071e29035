import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, validationError } from '../errors/app-error';

export type Upload = { content: Buffer; fileName: string | null };

/** A multipart upload: the file under `file` and any text fields. Nothing is kept after the request. */
export async function readUpload(request: FastifyRequest, missing = '请选择要上传的文件'): Promise<{ upload: Upload; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw validationError('file', missing);
  let upload: Upload | null = null;
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
  if (!upload) throw validationError('file', missing);
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
export function sendAttachment(reply: FastifyReply, mime: string, fileName: string, asciiName: string, content: Buffer) {
  return reply
    .header('content-type', mime)
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${rfc5987(fileName)}`)
    .header('cache-control', 'no-store')
    .send(content);
}
