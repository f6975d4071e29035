import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { translateDbError } from '../../db/errors';
import { labelOf } from '../../domain/field-labels';
import { AppError, ErrorCode } from '../../errors/app-error';

type ErrorBody = { error: { code: string; message: string; field?: string; details?: unknown } };

export function errorBody(error: AppError): ErrorBody {
  // details: what a user must fix beyond the one message, e.g. every bad row of a roster import.
  const details = error.details === undefined ? {} : { details: error.details };
  return { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}), ...details } };
}

/** Fastify's own 4xx (bad JSON, wrong content type, too large) in Chinese. */
const fastifyClientErrors: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: '请求内容不是有效的JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求内容为空',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的请求内容类型',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求内容过大',
  FST_REQ_FILE_TOO_LARGE: '文件过大（不能超过10MB）',
  FST_INVALID_MULTIPART_CONTENT_TYPE: '请以文件上传方式提交',
  FST_ERR_VALIDATION: '请求参数不正确',
};

/** One error shape for the whole API: {"error":{"code","message","field"}}; a 500 never leaks details. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((raw: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(raw)) {
      const issue = raw.validation[0];
      const path = issue.instancePath.split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      const field = path.filter((p) => typeof p === 'string').join('.') || undefined;
      const label = labelOf(path);
      // A message of our own ("请输入姓名") already names the field; zod's generic ones get the label in front.
      const text = issue.message ?? '格式不正确';
      const message = text.startsWith('请') || text.includes(label) ? text : `${label}：${text}`;
      const error = new AppError(ErrorCode.Validation, message, { field });
      return reply.status(400).send(errorBody(error));
    }
    const translated = translateDbError(raw);
    if (translated instanceof AppError) {
      return reply.status(translated.status).send(errorBody(translated));
    }
    const status = raw.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = fastifyClientErrors[raw.code] ?? '请求不正确';
      return reply.status(status).send({ error: { code: ErrorCode.BadRequest, message } });
    }
    request.log.error({ err: raw }, 'unexpected error');
    return reply.status(500).send({ error: { code: ErrorCode.Internal, message: '服务器内部错误，请稍后再试' } });
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api')) {
      return reply.status(404).send({ error: { code: ErrorCode.NotFound, message: '接口不存在' } });
    }
    return reply.status(404).type('text/plain; charset=utf-8').send('页面不存在');
  });
}
