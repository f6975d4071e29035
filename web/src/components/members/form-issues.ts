import type { FormInstance } from 'antd';

/** Shows the shared schema's issues on the fields they name (the schema's paths are the form's names). */
export function showSchemaIssues<T>(form: FormInstance<T>, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fields = issues.map((issue) => ({
    name: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    errors: [issue.message],
  }));
  form.setFields(fields as Parameters<FormInstance<T>['setFields']>[0]);
  const first = fields[0]?.name;
  if (first && first.length > 0) form.scrollToField(first as Parameters<FormInstance<T>['scrollToField']>[0]);
}
