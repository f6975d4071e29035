import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts a server validation error on the form field it names (the server's field names are the form's names;
 * a nested one like "specialCommittees.0" falls back to its first part). Returns true when the error was placed.
 */
export function applyApiErrorToForm(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.field) return false;
  const [head] = error.field.split('.');
  const names = form.getFieldsValue(true) as Record<string, unknown>;
  const name = error.field in names ? error.field : head in names ? head : null;
  if (!name) return false;
  form.setFields([{ name, errors: [error.message] }]);
  form.scrollToField(name);
  return true;
}

/** The Chinese message of any failure, for message.error(). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后再试';
}
