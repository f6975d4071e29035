import { fieldLabels } from '@domain/field-labels';
import { roleLabels } from '@domain/roles';
import { Button, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { partyKindLabels, unitCategoryLabels } from './labels';

/** Names of keys that audit records carry beyond the form fields. */
const extraLabels: Record<string, string> = {
  locked: '锁定',
  lockedUntil: '锁定至',
  failedLogins: '连续失败次数',
  mustChangePassword: '须修改密码',
  sessionsEnded: '结束的会话数',
  disabled: '停用',
  memberCount: '委员数',
  created: '新增',
  updated: '更新',
  skipped: '跳过',
  total: '合计',
  count: '数量',
  filename: '文件名',
  fileName: '文件名',
  reason: '原因',
  kind: '类别',
  id: '编号',
  noLongerCurrent: '不再是当前届',
  accountCount: '关联账号数',
};
const labelOfKey = (key: string) => fieldLabels[key] ?? extraLabels[key] ?? key;

/** Codes that read better as their Chinese names, by the key they appear under. */
const valueLabels: Record<string, Record<string, string>> = {
  roles: roleLabels,
  role: roleLabels,
  category: unitCategoryLabels,
  kind: partyKindLabels,
  status: { active: '在任', left: '离任' },
  gender: { male: '男', female: '女' },
  position: { director: '主任', deputy_director: '副主任', member: '委员' },
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function formatValue(key: string, value: unknown): ReactNode {
  if (value === null || value === undefined || value === '') return <Typography.Text type="secondary">（空）</Typography.Text>;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') {
    const named = valueLabels[key]?.[value];
    if (named) return named;
    if (ISO_INSTANT.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return date.toLocaleString('zh-CN', { hour12: false });
    }
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return <Typography.Text type="secondary">（无）</Typography.Text>;
    if (value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.map((v) => valueLabels[key]?.[String(v)] ?? String(v)).join('、');
    return (
      <ol style={{ margin: 0, paddingInlineStart: 18 }}>
        {value.map((v, i) => (
          <li key={i}>{formatObjectInline(v)}</li>
        ))}
      </ol>
    );
  }
  return formatObjectInline(value);
}

/** A small object on one line: 姓名：张三；职务：主任. */
function formatObjectInline(value: unknown): ReactNode {
  if (value === null || typeof value !== 'object') return String(value);
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${labelOfKey(k)}：${typeof v === 'object' ? JSON.stringify(v) : typeof v === 'boolean' ? (v ? '是' : '否') : (valueLabels[k]?.[String(v)] ?? String(v))}`);
  return parts.length ? parts.join('；') : '（空）';
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export type DiffRow = { key: string; label: string; before: unknown; after: unknown; changed: boolean };

/** The keys of a before/after pair, changed ones first; a record only created or only removed lists all its keys. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    if (before === undefined && after === undefined) return [];
    if (before === null && after === null) return [];
    return [{ key: '_', label: '内容', before, after, changed: !same(before, after) }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const rows = keys.map((key) => ({ key, label: labelOfKey(key), before: b?.[key], after: a?.[key], changed: !b || !a || !same(b[key], a[key]) }));
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}

/** Before and after of one audit event, as a table of the keys that changed; unchanged keys on request. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const [showAll, setShowAll] = useState(false);
  const rows = diffRows(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">此操作没有记录数据变化。</Typography.Text>;
  const onlyAfter = before === null || before === undefined;
  const onlyBefore = after === null || after === undefined;
  const changed = rows.filter((r) => r.changed);
  const unchanged = rows.length - changed.length;
  const shown = showAll ? rows : changed;

  const columns = [
    { title: '项目', dataIndex: 'label', width: 140, render: (label: string, row: DiffRow) => (row.changed ? <Typography.Text strong>{label}</Typography.Text> : label) },
    ...(onlyAfter ? [] : [{ title: onlyBefore ? '内容' : '修改前', key: 'before', render: (_: unknown, row: DiffRow) => <DiffCell changed={row.changed && !onlyBefore} kind="before">{formatValue(row.key, row.before)}</DiffCell> }]),
    ...(onlyBefore ? [] : [{ title: onlyAfter ? '内容' : '修改后', key: 'after', render: (_: unknown, row: DiffRow) => <DiffCell changed={row.changed && !onlyAfter} kind="after">{formatValue(row.key, row.after)}</DiffCell> }]),
  ];

  return (
    <div>
      {!onlyAfter && !onlyBefore && changed.length === 0 && <Typography.Paragraph type="secondary">内容没有变化。</Typography.Paragraph>}
      {shown.length > 0 && <Table<DiffRow> size="small" rowKey="key" pagination={false} columns={columns} dataSource={shown} bordered style={{ maxWidth: 900 }} />}
      {unchanged > 0 && !onlyAfter && !onlyBefore && (
        <Button type="link" size="small" onClick={() => setShowAll((v) => !v)} style={{ paddingInline: 0, marginTop: 4 }}>
          {showAll ? '只看变化的项目' : `显示未变化的 ${unchanged} 项`}
        </Button>
      )}
    </div>
  );
}

function DiffCell({ changed, kind, children }: { changed: boolean; kind: 'before' | 'after'; children: ReactNode }) {
  if (!changed) return <>{children}</>;
  const style = kind === 'before' ? { background: '#fff1f0', color: '#a8071a' } : { background: '#f6ffed', color: '#135200' };
  return <div style={{ ...style, display: 'inline-block', padding: '0 4px', borderRadius: 2, wordBreak: 'break-all' }}>{children}</div>;
}
