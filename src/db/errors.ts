import { AppError, ErrorCode } from '../errors/app-error';

type PgError = { code?: string; constraint?: string; message?: string };

/**
 * Turns the database's refusals into user errors: a unique key taken or a record still in use is a 409,
 * not a 500. Constraint names are mapped to the field and a Chinese message.
 */
const uniqueMessages: Record<string, { field: string; message: string }> = {
  members_phone_key: { field: 'phone', message: '手机号已被其他委员使用' },
  users_committee_id_username_key: { field: 'username', message: '用户名已存在' },
  users_member_key: { field: 'memberId', message: '该委员已有账号' },
  committees_code_key: { field: 'code', message: '委员会代码已存在' },
  terms_committee_id_number_key: { field: 'number', message: '该届次已存在' },
  plenary_sessions_committee_id_term_id_number_key: { field: 'number', message: '该次会议已存在' },
};

export function translateDbError(error: unknown): unknown {
  if (error instanceof AppError || typeof error !== 'object' || error === null) return error;
  const e = error as PgError;
  if (e.code === '23505') {
    const known = e.constraint ? uniqueMessages[e.constraint] : undefined;
    if (known) return new AppError(ErrorCode.Conflict, known.message, { field: known.field });
    if (e.constraint?.endsWith('_name_key')) return new AppError(ErrorCode.Conflict, '名称已存在', { field: 'name' });
    return new AppError(ErrorCode.Conflict, '记录重复');
  }
  if (e.code === '23503') {
    return new AppError(ErrorCode.Conflict, '该记录仍被其他数据引用，不能删除或关联到不存在的记录');
  }
  if (e.code === '23514' || e.code === '22P02' || e.code === '22007' || e.code === '22008') {
    return new AppError(ErrorCode.Validation, '数据格式不正确');
  }
  return error;
}
