import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Space, Switch, Tag, Tooltip, Typography, type FormInstance, type FormRule } from 'antd';
import { AdminTable, type AdminColumn } from './AdminTable';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { errorMessage } from '../api-errors';
import { FormDrawer } from './FormDrawer';
import { useIsPhone } from './layout';
import { zodRule } from './rules';
import type { Organisation, OrganisationKind } from './types';
import type { z } from 'zod';

/** A record of the management list: its fields, what refers to it, and what the caller may do with it. */
type Item = { id: string; memberCount?: number; sessionCount?: number; abilities?: { update: boolean; delete: boolean } } & Record<string, unknown>;

/** Counts of what refers to a record, as columns; a record still referred to cannot be deleted. */
const USAGES = [
  { key: 'memberCount', title: '委员数', what: '名委员' },
  { key: 'sessionCount', title: '会议数', what: '次会议' },
] as const;
type Option = { value: string; label: string };

/** One input of an organisation record: how it is edited and how it shows in the list. */
export type FieldDef = {
  name: string;
  label: string;
  type: 'text' | 'textarea' | 'number' | 'date' | 'switch' | 'select';
  required?: boolean;
  /** Longest text, or largest number. */
  max?: number;
  min?: number;
  placeholder?: string;
  help?: ReactNode;
  options?: Option[] | ((org: Organisation) => Option[]);
  /** Shown in the table (default); long descriptions may stay in the form only. */
  inTable?: boolean;
  /** The table cell; the default shows the value, an option's label, a date, or 是/否. */
  render?: (item: Item, org: Organisation) => ReactNode;
  /** The value of a new record, e.g. the next number. */
  initial?: (items: Item[], org: Organisation) => unknown;
  /** Half-width on a desktop, so short fields share a line. */
  half?: boolean;
  width?: number;
  /** Left out of the phone's cards (e.g. 排序). */
  hideOnPhone?: boolean;
  /** A date that may not be earlier than this other date field (结束日期 after 开始日期). */
  notBefore?: { field: string; label: string };
};

/** One kind of organisation record: its API path, its names and its fields. */
export type KindDef = {
  kind: OrganisationKind;
  /** The list's heading, e.g. "界别". */
  title: string;
  /** What one record is called in buttons and messages, e.g. "界别". */
  noun: string;
  description?: ReactNode;
  fields: FieldDef[];
  /** The shared input schema, so that the form gives the server's messages before saving. */
  schema?: z.ZodObject;
  /** Fills fields from others while typing (e.g. the name 第五届 from the number 5). */
  suggest?: (changed: Record<string, unknown>, all: Record<string, unknown>, org: Organisation) => Record<string, unknown> | null;
};

const optionsOf = (field: FieldDef, org: Organisation): Option[] => (typeof field.options === 'function' ? field.options(org) : (field.options ?? []));

function cellOf(field: FieldDef, item: Item, org: Organisation): ReactNode {
  if (field.render) return field.render(item, org);
  const value = item[field.name];
  if (value === null || value === undefined || value === '') return <Typography.Text type="secondary">—</Typography.Text>;
  switch (field.type) {
    case 'switch':
      return value ? <Tag color="red">是</Tag> : '否';
    case 'select':
      return optionsOf(field, org).find((o) => o.value === value)?.label ?? String(value);
    case 'date':
      return dayjs(String(value)).format('YYYY-MM-DD');
    default:
      return String(value);
  }
}

/** Record → form values: dates become dayjs, missing keys become null so that server errors find their field. */
function toFormValues(fields: FieldDef[], item: Partial<Item>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const value = item[field.name];
    if (field.type === 'date') values[field.name] = value ? dayjs(String(value)) : null;
    else if (field.type === 'switch') values[field.name] = Boolean(value);
    else values[field.name] = value ?? null;
  }
  return values;
}

/** Form values → request body: dates as YYYY-MM-DD, blank text as null. */
function toBody(fields: FieldDef[], values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'date') body[field.name] = value ? (value as Dayjs).format('YYYY-MM-DD') : null;
    else if (field.type === 'text' || field.type === 'textarea') body[field.name] = typeof value === 'string' && value.trim() ? value.trim() : null;
    else if (field.type === 'switch') body[field.name] = Boolean(value);
    else body[field.name] = value ?? null;
  }
  return body;
}

/** The control of one field; Form.Item's value, onChange and id pass through to it. */
function FieldInput({ field, org, ...control }: { field: FieldDef; org: Organisation } & Record<string, unknown>) {
  const placeholder = field.placeholder;
  switch (field.type) {
    case 'textarea':
      return <Input.TextArea rows={3} maxLength={field.max} showCount={Boolean(field.max)} placeholder={placeholder} {...control} />;
    case 'number':
      return <InputNumber min={field.min} max={field.max} precision={0} style={{ width: '100%' }} placeholder={placeholder} {...control} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} placeholder={placeholder ?? '选择日期'} {...control} />;
    case 'switch':
      return <Switch checkedChildren="是" unCheckedChildren="否" {...control} />;
    case 'select':
      return <Select options={optionsOf(field, org)} placeholder={placeholder ?? `请选择${field.label}`} allowClear={!field.required} {...control} />;
    default:
      return <Input maxLength={field.max} placeholder={placeholder} {...control} />;
  }
}

function rulesOf(field: FieldDef, schema?: z.ZodObject): FormRule[] {
  const rules: FormRule[] = [];
  const shape = schema?.shape[field.name];
  if (shape && (field.type === 'text' || field.type === 'textarea' || field.type === 'number')) rules.push(zodRule(shape as z.ZodType));
  if (field.required) {
    const verb = field.type === 'select' || field.type === 'date' ? '请选择' : '请输入';
    rules.push({ required: true, message: `${verb}${field.label}` });
    if (field.type === 'text' || field.type === 'textarea') rules.push({ whitespace: true, message: `请输入${field.label}` });
  }
  if ((field.type === 'text' || field.type === 'textarea') && field.max) rules.push({ max: field.max, message: `${field.label}不能超过${field.max}个字` });
  const notBefore = field.notBefore;
  if (notBefore) {
    rules.push(({ getFieldValue }) => ({
      validator: async (_rule, value: Dayjs | null) => {
        const start = getFieldValue(notBefore.field) as Dayjs | null;
        if (value && start && value.isBefore(start, 'day')) throw new Error(`${field.label}不能早于${notBefore.label}`);
      },
    }));
  }
  return rules;
}

/** The fields of a kind's form, two short ones to a line on a desktop, one per line on a phone. */
function FieldItems({ fields, org, schema }: { fields: FieldDef[]; org: Organisation; schema?: z.ZodObject }) {
  const isPhone = useIsPhone();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
      {fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={field.label}
          rules={rulesOf(field, schema)}
          dependencies={field.notBefore ? [field.notBefore.field] : undefined}
          extra={field.help}
          valuePropName={field.type === 'switch' ? 'checked' : 'value'}
          style={{ flex: field.half && !isPhone ? '1 1 calc(50% - 8px)' : '1 1 100%', minWidth: 0 }}
        >
          <FieldInput field={field} org={org} />
        </Form.Item>
      ))}
    </div>
  );
}

/**
 * One editable list of the committee's organisation (界别, 党派团体, 专委会 …), driven by its field
 * definitions: a table, a drawer form for new and changed records, and deletion that the server may refuse
 * while members still refer to the record.
 */
export function EditableList({ def, org, canManage }: { def: KindDef; org: Organisation; canManage: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const isPhone = useIsPhone();
  const [editing, setEditing] = useState<Partial<Item> | null>(null);
  const [open, setOpen] = useState(false);
  // The management list carries usage counts and abilities; GET /api/organisation (the pickers' lists) does not.
  const query = useQuery({ queryKey: ['organisation', def.kind], queryFn: () => api.get<Item[]>(`/api/organisation/${def.kind}`) });
  const items = query.data ?? [];
  const usages = USAGES.filter((u) => items.some((i) => typeof i[u.key] === 'number'));

  // Every organisation query (the pickers' lists included) starts with 'organisation'.
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['organisation'] });
  const save = useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Record<string, unknown> }) =>
      id ? api.put(`/api/organisation/${def.kind}/${id}`, body) : api.post(`/api/organisation/${def.kind}`, body),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.del(`/api/organisation/${def.kind}/${id}`),
    onSuccess: () => {
      message.success('已删除');
      return invalidate();
    },
    // 409: still referred to; the server says by what.
    onError: (error) => message.error(errorMessage(error)),
  });

  const openNew = () => {
    const fresh: Partial<Item> = {};
    for (const field of def.fields) if (field.initial) fresh[field.name] = field.initial(items, org);
    // The suggestions a user would get by typing the initial values (e.g. the name 五届五次会议).
    Object.assign(fresh, def.suggest?.(fresh, fresh, org));
    setEditing(fresh);
    setOpen(true);
  };
  const openEdit = (item: Item) => {
    setEditing(item);
    setOpen(true);
  };

  const columns: AdminColumn<Item>[] = def.fields
    .filter((f) => f.inTable !== false)
    .map((field) => ({
      key: field.name,
      dataIndex: field.name,
      title: field.label,
      responsive: field.hideOnPhone ? ['md'] : undefined,
      width: field.width,
      ellipsis: field.type === 'textarea',
      render: (_: unknown, item: Item) => cellOf(field, item, org),
    }));
  for (const usage of usages) {
    columns.push({ key: usage.key, title: usage.title, width: 80, align: 'right', render: (_, item) => item[usage.key] ?? 0 });
  }
  const inUseText = (item: Item) =>
    usages
      .filter((u) => (item[u.key] ?? 0) > 0)
      .map((u) => `${item[u.key]}${u.what}`)
      .join('、');
  if (canManage) {
    columns.push({
      key: 'actions',
      title: '操作',
      width: 130,
      fixed: isPhone ? undefined : 'right',
      render: (_, item) => {
        const canUpdate = item.abilities?.update ?? true;
        const canDelete = item.abilities?.delete ?? true;
        return (
          <Space size={4}>
            {canUpdate && (
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => openEdit(item)} style={{ paddingInline: 4 }}>
                编辑
              </Button>
            )}
            {canDelete ? (
              <Popconfirm
                title={`删除${def.noun}“${String(item.name ?? '')}”？`}
                description="删除后不能恢复"
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => remove.mutateAsync(item.id).catch(() => undefined)}
              >
                <Button type="link" size="small" danger icon={<DeleteOutlined />} style={{ paddingInline: 4 }}>
                  删除
                </Button>
              </Popconfirm>
            ) : (
              <Tooltip title={inUseText(item) ? `仍有${inUseText(item)}，不能删除` : '不能删除'}>
                <Button type="link" size="small" disabled icon={<DeleteOutlined />} style={{ paddingInline: 4 }}>
                  删除
                </Button>
              </Tooltip>
            )}
          </Space>
        );
      },
    });
  }

  return (
    <Card
      title={def.title}
      size="small"
      extra={
        canManage && (
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={openNew}>
            新增{def.noun}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    >
      {def.description && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {def.description}
        </Typography.Paragraph>
      )}
      {query.isError && <Alert type="error" showIcon title={errorMessage(query.error)} style={{ marginBottom: 12 }} />}
      <AdminTable<Item>
        rowKey="id"
        listLabel={`${def.title}列表`}
        cardTitleKey="name"
        size="small"
        columns={columns}
        dataSource={items}
        loading={query.isFetching}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: canManage ? `暂无${def.noun}，点击“新增${def.noun}”添加` : `暂无${def.noun}` }}
      />
      <FormDrawer<Record<string, unknown>>
        open={open}
        title={editing?.id ? `编辑${def.noun}` : `新增${def.noun}`}
        initialValues={toFormValues(def.fields, editing ?? {})}
        onClose={() => setOpen(false)}
        onSubmit={(values) => save.mutateAsync({ id: editing?.id as string | undefined, body: toBody(def.fields, values) })}
        onValuesChange={(changed, all, form: FormInstance) => {
          const next = def.suggest?.(changed, all, org);
          if (next) form.setFieldsValue(next);
        }}
      >
        <FieldItems fields={def.fields} org={org} schema={def.schema} />
      </FormDrawer>
    </Card>
  );
}
