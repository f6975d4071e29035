import { ReloadOutlined } from '@ant-design/icons';
import { auditActionOptions } from '@domain/audit-action-labels';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Descriptions, Flex, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, ApiError, toQuery } from '../../api/client';
import type { Page } from '../../api/types';
import { AuditDiff } from '../../components/admin/AuditDiff';
import { formatDateTime } from '../../components/admin/format';
import { auditObjectTypeLabel, auditObjectTypeLabels, auditResultLabels } from '../../components/admin/labels';
import { PageHeader, QueryErrorResult, useIsPhone } from '../../components/admin/layout';
import type { AuditActionOption, AuditEvent, AuditResult } from '../../components/admin/types';

type Filter = {
  range: [Dayjs, Dayjs] | null;
  actor: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  result?: AuditResult;
  page: number;
  pageSize: number;
};

const INITIAL: Filter = { range: null, actor: '', page: 1, pageSize: 20 };

const presets = [
  { label: '今天', value: [dayjs().startOf('day'), dayjs().endOf('day')] as [Dayjs, Dayjs] },
  { label: '最近7天', value: [dayjs().subtract(6, 'day').startOf('day'), dayjs().endOf('day')] as [Dayjs, Dayjs] },
  { label: '最近30天', value: [dayjs().subtract(29, 'day').startOf('day'), dayjs().endOf('day')] as [Dayjs, Dayjs] },
  { label: '最近6个月', value: [dayjs().subtract(6, 'month').startOf('day'), dayjs().endOf('day')] as [Dayjs, Dayjs] },
];

const objectTypeOptions = Object.entries(auditObjectTypeLabels).map(([value, label]) => ({ value, label }));

/** 审计日志: who did what to which record, when, from where, with what result. Read only, for the audit administrator. */
export default function AuditPage() {
  const isPhone = useIsPhone();
  const [filter, setFilter] = useState<Filter>(INITIAL);
  const [actorText, setActorText] = useState('');
  const update = (patch: Partial<Filter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));

  const params = {
    from: filter.range?.[0].format('YYYY-MM-DD'),
    to: filter.range?.[1].format('YYYY-MM-DD'),
    actor: filter.actor,
    action: filter.action,
    objectType: filter.objectType,
    objectId: filter.objectId,
    result: filter.result,
    page: filter.page,
    pageSize: filter.pageSize,
  };
  const query = useQuery({
    queryKey: ['audit-events', params],
    queryFn: () => api.get<Page<AuditEvent>>(`/api/audit-events${toQuery(params)}`),
    placeholderData: keepPreviousData,
  });
  const actions = useQuery({
    queryKey: ['audit-actions'],
    queryFn: () => api.get<AuditActionOption[]>('/api/audit-events/actions'),
    staleTime: Infinity,
  });
  // The vocabulary is shared code too: if the list cannot be fetched the filter still works.
  const actionOptions = (actions.data ?? (actions.isError ? auditActionOptions() : [])).map((a) => ({ value: a.action, label: a.label }));

  // A refused filter (400) is shown under the filters, so that it can be changed; anything else replaces the page.
  const badFilter = query.error instanceof ApiError && query.error.status === 400;
  if (query.isError && !query.data && !badFilter) return <QueryErrorResult error={query.error} onRetry={() => query.refetch()} />;

  const columns: ColumnsType<AuditEvent> = [
    { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at, true)}</span> },
    {
      title: '操作人',
      dataIndex: 'actorName',
      render: (name: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{name ?? <Typography.Text type="secondary">（未登录）</Typography.Text>}</span>,
    },
    { title: '操作', dataIndex: 'actionLabel', render: (label: string) => <span style={{ whiteSpace: 'nowrap' }}>{label}</span> },
    {
      title: '对象',
      key: 'object',
      render: (_, event) =>
        event.objectLabel || event.objectType ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {event.objectType && <Typography.Text type="secondary">{auditObjectTypeLabel(event.objectType)} </Typography.Text>}
            {event.objectLabel}
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '结果',
      dataIndex: 'result',
      width: 80,
      render: (result: AuditResult, event) => {
        const tag = <Tag color={auditResultLabels[result]?.color}>{auditResultLabels[result]?.label ?? result}</Tag>;
        return event.reason ? <Tooltip title={event.reason}>{tag}</Tooltip> : tag;
      },
    },
    { title: 'IP', dataIndex: 'ip', width: 130, responsive: ['xl'], render: (ip: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{ip ?? ''}</span> },
  ];

  // On a phone one column tells the whole event; the details open below it, as on a desktop.
  const phoneColumns: ColumnsType<AuditEvent> = [
    {
      title: '记录',
      key: 'event',
      render: (_, event) => (
        <div>
          <Flex justify="space-between" gap={8}>
            <Typography.Text strong>{event.actionLabel}</Typography.Text>
            <Tag color={auditResultLabels[event.result]?.color} style={{ marginInlineEnd: 0 }}>
              {auditResultLabels[event.result]?.label ?? event.result}
            </Tag>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(event.at, true)} · {event.actorName ?? '（未登录）'}
          </Typography.Text>
          {(event.objectLabel || event.objectType) && (
            <div style={{ wordBreak: 'break-all' }}>
              <Typography.Text type="secondary">{auditObjectTypeLabel(event.objectType)} </Typography.Text>
              {event.objectLabel}
            </div>
          )}
        </div>
      ),
    },
  ];

  const objectFilterTag = filter.objectId && (
    <Tag closable onClose={() => update({ objectId: undefined, objectType: undefined })} color="blue" style={{ alignSelf: 'center' }}>
      只看对象：{auditObjectTypeLabel(filter.objectType ?? null)} {filter.objectId.length > 12 ? `${filter.objectId.slice(0, 8)}…` : filter.objectId}
    </Tag>
  );

  return (
    <>
      <PageHeader
        title="审计日志"
        description="系统记录每一次登录、越权访问和数据修改，任何人都不能修改或删除；日志至少保存6个月。点击一行查看修改前后的内容。"
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => query.refetch()} loading={query.isFetching}>
            刷新
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={12}>
          <DatePicker.RangePicker
            value={filter.range}
            onChange={(range) => update({ range: range && range[0] && range[1] ? [range[0], range[1]] : null })}
            presets={presets}
            allowEmpty={[true, true]}
            placeholder={['开始日期', '结束日期']}
            style={{ width: isPhone ? '100%' : 240 }}
          />
          <Input.Search
            placeholder="操作人姓名或用户名"
            allowClear
            value={actorText}
            onChange={(e) => {
              setActorText(e.target.value);
              if (!e.target.value) update({ actor: '' });
            }}
            onSearch={(actor) => update({ actor: actor.trim() })}
            style={{ width: isPhone ? '100%' : 180 }}
          />
          <Select
            placeholder="全部操作"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={actionOptions}
            loading={actions.isLoading}
            value={filter.action}
            onChange={(action) => update({ action })}
            style={{ width: isPhone ? '100%' : 170 }}
          />
          <Select
            placeholder="全部对象"
            allowClear
            options={objectTypeOptions}
            value={filter.objectId ? undefined : filter.objectType}
            disabled={Boolean(filter.objectId)}
            onChange={(objectType) => update({ objectType })}
            style={{ width: isPhone ? 'calc(50% - 6px)' : 120 }}
          />
          <Select<AuditResult>
            placeholder="全部结果"
            allowClear
            options={(Object.keys(auditResultLabels) as AuditResult[]).map((value) => ({ value, label: auditResultLabels[value].label }))}
            value={filter.result}
            onChange={(result) => update({ result })}
            style={{ width: isPhone ? 'calc(50% - 6px)' : 110 }}
          />
          {objectFilterTag}
          <Button
            onClick={() => {
              setFilter(INITIAL);
              setActorText('');
            }}
          >
            重置
          </Button>
        </Flex>
        {query.isError && (
          <Typography.Text type="danger" style={{ display: 'block', marginTop: 8 }}>
            {query.error instanceof ApiError ? query.error.message : '查询失败'}
          </Typography.Text>
        )}
      </Card>
      <Table<AuditEvent>
        rowKey="id"
        columns={isPhone ? phoneColumns : columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        size="small"
        expandable={{
          expandRowByClick: true,
          expandedRowRender: (event) => (
            <EventDetail
              event={event}
              onOnlyObject={() => {
                // The object's whole history: whoever acted on it, whenever.
                setFilter({ ...INITIAL, pageSize: filter.pageSize, objectType: event.objectType ?? undefined, objectId: event.objectId ?? undefined });
                setActorText('');
              }}
            />
          ),
        }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: !isPhone,
          pageSizeOptions: [20, 50, 100],
          simple: isPhone,
          showTotal: isPhone ? undefined : (total) => `共 ${total} 条`,
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
        }}
        locale={{ emptyText: '没有符合条件的记录' }}
      />
    </>
  );
}

function EventDetail({ event, onOnlyObject }: { event: AuditEvent; onOnlyObject: () => void }) {
  return (
    <div>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="时间">{formatDateTime(event.at, true)}</Descriptions.Item>
        <Descriptions.Item label="操作">{event.actionLabel}</Descriptions.Item>
        <Descriptions.Item label="结果">{auditResultLabels[event.result]?.label ?? event.result}</Descriptions.Item>
        {event.reason && (
          <Descriptions.Item label="原因" span={3}>
            {event.reason}
          </Descriptions.Item>
        )}
        {event.objectType && <Descriptions.Item label="对象类型">{auditObjectTypeLabel(event.objectType)}</Descriptions.Item>}
        {event.objectId && (
          <Descriptions.Item label="对象编号">
            <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
              {event.objectId}
            </Typography.Text>
            <Button type="link" size="small" onClick={onOnlyObject} style={{ paddingBlock: 0, height: 'auto' }}>
              只看该对象的记录
            </Button>
          </Descriptions.Item>
        )}
        {event.ip && <Descriptions.Item label="IP地址">{event.ip}</Descriptions.Item>}
      </Descriptions>
      <AuditDiff before={event.before} after={event.after} />
    </div>
  );
}
