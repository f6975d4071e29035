import { ArrowLeftOutlined, FileSearchOutlined, InboxOutlined, SaveOutlined } from '@ant-design/icons';
import { compareStatedCounts } from '@domain/plans/import/stated-counts';
import { PLAN_FORMS, planFormLabels, type PlanForm } from '@domain/plans/plan-forms';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Grid,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
  type UploadFile,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useMe } from '../../auth/session';
import { applyApiErrorToForm, errorMessage } from '../../components/api-errors';
import { NameTagsInput } from '../../components/plans/NameTags';
import type { ImportPreview, PlanItemBody, PreviewItem } from '../../components/plans/types';
import { ForbiddenResult } from '../NotFoundPage';

type DraftItem = PlanItemBody & { key: number; seq: number; flags: string[] };
type SourceRef = { label: string; line: number | null | undefined };
type PlanFields = { title: string; year: number; docNumber?: string };

const fieldLabels: Record<string, string> = {
  title: '协商议题',
  time: '时间',
  leadUnits: '承办单位',
  consultedDepartments: '协商部门',
  form: '协商形式',
  meeting: '会议',
  leadLeader: '牵头领导',
  participants: '参加人员',
  contents: '主要内容',
  brandTag: '协商品牌',
  item: '活动',
};

function toDraft(item: PreviewItem): DraftItem {
  return {
    key: item.seq,
    seq: item.seq,
    flags: item.flags,
    form: (item.form ?? 'other') as PlanForm,
    category: item.category || null,
    title: item.title,
    startMonth: item.start,
    endMonth: item.end && item.end !== item.start ? item.end : null,
    leadUnits: item.leadUnits,
    consultedDepartments: item.consultedDepartments,
    meeting: item.meeting ?? null,
    leadLeader: item.leadLeader ?? null,
    participants: item.participants ?? null,
    contents: item.contents ?? [],
    brandTag: item.brandTag ?? null,
    sources: item.sources,
  };
}

export default function PlanImportPage() {
  const me = useMe();
  if (!me.user.roles.includes('office_staff')) return <ForbiddenResult />;
  return <PlanImport />;
}

function PlanImport() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const isWide = !!screens.lg;
  const isXxl = !!screens.xxl;
  const [sourceForm] = Form.useForm<{ text?: string; year?: number }>();
  const [planForm] = Form.useForm<PlanFields>();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [items, setItems] = useState<DraftItem[]>([]);
  const [source, setSource] = useState<SourceRef | null>(null);

  const linkedNames = useMemo(() => {
    const names = new Set<string>();
    for (const item of preview?.items ?? []) for (const l of [...item.leadUnitLinks, ...item.departmentLinks]) if (l.link) names.add(l.name);
    return names;
  }, [preview]);
  const isLinked = (name: string) => linkedNames.has(name);

  const parse = useMutation({
    mutationFn: async (values: { text?: string; year?: number }) => {
      if (file?.originFileObj) {
        const data = new FormData();
        if (values.year) data.append('year', String(values.year));
        data.append('file', file.originFileObj, file.name);
        return api.upload<ImportPreview>('/api/plans/import/preview', data);
      }
      return api.post<ImportPreview>('/api/plans/import/preview', { text: values.text ?? '', ...(values.year ? { year: values.year } : {}) });
    },
    onSuccess: (result) => {
      setPreview(result);
      setItems(result.items.map(toDraft));
      setSource(null);
      planForm.setFieldsValue({ title: result.title ?? '', year: result.year ?? sourceForm.getFieldValue('year') ?? dayjs().year(), docNumber: result.docNumber ?? undefined });
      message.success(`已解析出 ${result.items.length} 项协商活动，请逐项核对`);
    },
    onError: (error) => {
      if (!applyApiErrorToForm(sourceForm, error)) message.error(errorMessage(error));
    },
  });

  const save = useMutation({
    mutationFn: (plan: PlanFields) =>
      api.post<{ id: string }>('/api/plans', {
        // The notice's own text (主送, covering sentence, preamble, requirements, 报/送) comes along as read.
        plan: { year: plan.year, title: plan.title, docNumber: plan.docNumber || null, ...(preview?.notice ?? {}) },
        items: items.map(({ key: _key, seq: _seq, flags: _flags, ...item }) => item),
        source: { fileName: file?.name ?? null, warnings: preview?.warnings ?? [] },
      }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      message.success('计划已保存');
      navigate(`/plans/${id}`);
    },
    onError: (error) => {
      if (!applyApiErrorToForm(planForm, error)) message.error(errorMessage(error));
    },
  });

  const update = (key: number, patch: Partial<DraftItem>) => setItems((current) => current.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const show = (item: DraftItem, field: string) => setSource({ label: `第${item.seq}项 ${fieldLabels[field] ?? field}`, line: item.sources?.[field] ?? item.sources?.item });

  // The totals sentence against the items as staff correct them; the importer's own notes on it (made from the items
  // as first read) are left out of its warnings below, so each is said once and stays true after corrections.
  const stated = useMemo(() => (preview ? compareStatedCounts(preview, items) : []), [preview, items]);
  const warnings = useMemo(() => {
    if (!preview) return [];
    const countNotes = new Set(compareStatedCounts(preview, preview.items.map(toDraft)).map((n) => n.text));
    return preview.warnings.filter((w) => !countNotes.has(w));
  }, [preview]);

  const monthPicker = (item: DraftItem, field: 'startMonth' | 'endMonth') => (
    <DatePicker
      picker="month"
      aria-label={field === 'startMonth' ? `第${item.seq}项开始月份` : `第${item.seq}项结束月份`}
      value={item[field] ? dayjs(`${item[field]}-01`) : null}
      onChange={(d) => update(item.key, { [field]: d ? d.format('YYYY-MM') : null })}
      onFocus={() => show(item, 'time')}
      placeholder={field === 'startMonth' ? '开始' : '结束'}
      style={{ width: 110 }}
      inputReadOnly
    />
  );

  const columns: TableColumnsType<DraftItem> = [
    { title: '序号', dataIndex: 'seq', width: 56, fixed: isWide ? 'left' : undefined },
    {
      title: '协商形式',
      dataIndex: 'form',
      width: 160,
      // The notice's own wording of the form (双月协商座谈会) heads the item's group in the issued notice: it goes with
      // the form it was read for, and an item of 其他 keeps or takes a name of its own.
      render: (_: unknown, item) => (
        <>
          <Select
            aria-label={`第${item.seq}项协商形式`}
            value={item.form}
            onChange={(form: PlanForm) => update(item.key, { form, category: form === 'other' ? item.category : null })}
            onFocus={() => show(item, 'form')}
            options={PLAN_FORMS.map((f) => ({ value: f, label: planFormLabels[f] }))}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
          />
          {item.form === 'other' && (
            <Input
              aria-label={`第${item.seq}项形式名称`}
              placeholder="形式名称"
              value={item.category ?? ''}
              maxLength={40}
              status={item.category?.trim() ? undefined : 'error'}
              onChange={(e) => update(item.key, { category: e.target.value || null })}
              onFocus={() => show(item, 'form')}
              style={{ marginTop: 4 }}
            />
          )}
        </>
      ),
    },
    {
      title: '协商议题',
      dataIndex: 'title',
      width: 250,
      render: (_: unknown, item) => (
        <Input.TextArea
          aria-label={`第${item.seq}项协商议题`}
          value={item.title}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onChange={(e) => update(item.key, { title: e.target.value })}
          onFocus={() => show(item, 'title')}
          status={item.title.trim() ? undefined : 'error'}
        />
      ),
    },
    {
      title: '时间',
      key: 'time',
      width: 240,
      render: (_: unknown, item) => (
        <Space size={4} wrap>
          {monthPicker(item, 'startMonth')}
          <span>至</span>
          {monthPicker(item, 'endMonth')}
        </Space>
      ),
    },
    {
      title: '承办单位',
      dataIndex: 'leadUnits',
      width: 260,
      render: (_: unknown, item) => (
        <NameTagsInput ariaLabel={`第${item.seq}项承办单位`} value={item.leadUnits} onChange={(leadUnits) => update(item.key, { leadUnits })} isLinked={isLinked} onFocus={() => show(item, 'leadUnits')} placeholder="输入后回车" />
      ),
    },
    {
      title: '协商部门',
      dataIndex: 'consultedDepartments',
      width: 240,
      render: (_: unknown, item) => (
        <NameTagsInput
          ariaLabel={`第${item.seq}项协商部门`}
          value={item.consultedDepartments}
          onChange={(consultedDepartments) => update(item.key, { consultedDepartments })}
          isLinked={isLinked}
          onFocus={() => show(item, 'consultedDepartments')}
          placeholder="输入后回车"
        />
      ),
    },
    {
      title: '待核对',
      dataIndex: 'flags',
      width: 160,
      render: (flags: string[]) =>
        flags.length ? (
          <Space direction="vertical" size={2}>
            {flags.map((f) => (
              <Typography.Text key={f} type="danger">
                {f}
              </Typography.Text>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '操作',
      key: 'remove',
      width: 70,
      render: (_: unknown, item) => (
        <Button type="link" danger size="small" onClick={() => setItems((current) => current.filter((i) => i.key !== item.key))}>
          移除
        </Button>
      ),
    },
  ];

  const isPhone = !screens.md;
  const render = (key: string, item: DraftItem) => {
    const column = columns.find((c) => ('dataIndex' in c ? c.dataIndex : c.key) === key);
    return column && 'render' in column && column.render ? (column.render(item[key as keyof DraftItem], item, 0) as ReactNode) : null;
  };
  const phoneCards = (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      {items.map((item) => (
        <Card
          key={item.key}
          size="small"
          title={`第${item.seq}项`}
          extra={render('remove', item)}
          style={item.flags.length ? { borderColor: '#ff7875' } : undefined}
        >
          <Space direction="vertical" size={6} style={{ width: '100%' }}>
            {render('form', item)}
            {render('title', item)}
            {render('time', item)}
            <Typography.Text type="secondary">承办单位</Typography.Text>
            {render('leadUnits', item)}
            <Typography.Text type="secondary">协商部门</Typography.Text>
            {render('consultedDepartments', item)}
            {item.flags.length > 0 && render('flags', item)}
          </Space>
        </Card>
      ))}
    </Space>
  );

  const lines = preview?.lines ?? [];
  const sourcePanel = (
    <Card size="small" title="原文对照" style={isXxl ? { position: 'sticky', top: 16 } : { position: 'sticky', bottom: 0, zIndex: 20, boxShadow: '0 -2px 8px rgba(0,0,0,0.08)' }}>
      {source ? (
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <Typography.Text strong>{source.label}</Typography.Text>
          {source.line ? (
            <>
              <Typography.Text data-testid="plan-import-source">
                来源：第{source.line}行 {lines[source.line - 1]}
              </Typography.Text>
              <div style={{ background: '#fafafa', padding: 8, fontSize: 12, maxHeight: isXxl ? 260 : 96, overflow: 'auto' }}>
                {lines.slice(Math.max(0, source.line - 3), source.line + 2).map((text, i) => {
                  const no = Math.max(0, source.line! - 3) + i + 1;
                  return (
                    <div key={no} style={{ fontWeight: no === source.line ? 600 : undefined, color: no === source.line ? '#b71c1c' : '#666' }}>
                      <span style={{ display: 'inline-block', width: 32, color: '#999' }}>{no}</span>
                      {text}
                    </div>
                  );
                })}
              </div>
            </>
          ) : (
            <Typography.Text type="secondary">没有找到该字段的来源行</Typography.Text>
          )}
        </Space>
      ) : (
        <Typography.Text type="secondary">点击表格中的字段，这里显示它在通知原文中的位置。</Typography.Text>
      )}
    </Card>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Link to="/plans">
          <ArrowLeftOutlined /> 年度协商计划
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          导入协商计划通知
        </Typography.Title>
      </Space>
      <Card title="1. 通知原文">
        <Form form={sourceForm} name="planSource" layout="vertical" onFinish={(values) => parse.mutate(values)}>
          <Form.Item name="text" label="通知文本" extra="粘贴印发通知的全文；也可以上传 .txt 或 .docx 文件（上传后以文件为准）。">
            <Input.TextArea rows={isWide ? 10 : 6} placeholder="关于印发《……年度协商工作计划》的通知……" />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="通知文件">
                <Upload.Dragger
                  accept=".txt,.docx"
                  maxCount={1}
                  fileList={file ? [file] : []}
                  beforeUpload={() => false}
                  onChange={({ fileList }) => setFile(fileList.at(-1) ?? null)}
                  onRemove={() => setFile(null)}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">点击或拖入 .txt / .docx 文件</p>
                </Upload.Dragger>
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="year" label="年度（可选，通知中没有写明时使用）">
                <InputNumber min={2000} max={2100} style={{ width: '100%' }} placeholder="如 2025" />
              </Form.Item>
              <Button type="primary" htmlType="submit" icon={<FileSearchOutlined />} loading={parse.isPending}>
                解析
              </Button>
            </Col>
          </Row>
        </Form>
      </Card>

      {preview && (
        <>
          {preview.existingPlan && (
            <Alert
              type="warning"
              showIcon
              message={
                <span>
                  该年度已有计划 <Link to={`/plans/${preview.existingPlan.id}`}>{preview.existingPlan.title}</Link>。每年只能有一份计划，请改用该计划或核对年度。
                </span>
              }
            />
          )}
          {(warnings.length > 0 || stated.length > 0) && (
            <Alert
              type={warnings.length || stated.some((s) => !s.ok) ? 'warning' : 'success'}
              showIcon
              message="解析提示"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {stated.map((s) => (
                    <li key={s.text} style={{ color: s.ok ? undefined : '#d4380d' }}>
                      {s.text}
                    </li>
                  ))}
                  {warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Card title="2. 计划信息">
            <Form form={planForm} name="planFields" layout={isWide ? 'inline' : 'vertical'} onFinish={(values) => save.mutate(values)}>
              <Form.Item name="title" label="计划标题" rules={[{ required: true, message: '请填写计划标题' }]} style={{ minWidth: isWide ? 420 : undefined }}>
                <Input maxLength={100} onFocus={() => setSource({ label: '计划标题', line: preview.sources.title })} />
              </Form.Item>
              <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
                <InputNumber min={2000} max={2100} />
              </Form.Item>
              <Form.Item name="docNumber" label="发文字号">
                <Input maxLength={50} placeholder="如 商政协发〔2024〕6号" onFocus={() => setSource({ label: '发文字号', line: preview.sources.docNumber })} />
              </Form.Item>
            </Form>
            <NoticePartsRead notice={preview.notice} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xxl={18}>
              <Card title={`3. 协商活动（${items.length}项）`} styles={{ body: { padding: isWide ? undefined : 8 } }}>
                {isPhone ? phoneCards : <Table rowKey="key" size="small" columns={columns} dataSource={items} pagination={false} scroll={{ x: 1380 }} />}
              </Card>
              {!isXxl && sourcePanel}
            </Col>
            {isXxl && (
              <Col xxl={6}>
                {sourcePanel}
              </Col>
            )}
          </Row>
          <Space wrap>
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} disabled={!items.length} onClick={() => planForm.submit()}>
              保存计划
            </Button>
            <Button onClick={() => navigate('/plans')}>取消</Button>
            {items.some((i) => i.flags.length) && <Tag color="red">{items.filter((i) => i.flags.length).length} 项有待核对的内容</Tag>}
          </Space>
        </>
      )}
    </Space>
  );
}

const NOTICE_PART_LABELS: [keyof ImportPreview['notice'], string][] = [
  ['recipients', '主送机关'],
  ['noticeBody', '通知正文'],
  ['preamble', '计划前言'],
  ['requirements', '工作要求'],
  ['reportTo', '版记：报'],
  ['sendTo', '版记：送'],
];

/** What else the importer read from the notice; it is saved with the plan and edited on the plan page. */
function NoticePartsRead({ notice }: { notice: ImportPreview['notice'] }) {
  const read = NOTICE_PART_LABELS.filter(([key]) => notice[key]);
  if (!read.length) return null;
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginTop: 16 }}
      title={<Typography.Text type="secondary">同时读取了通知的以下内容，保存后可在计划页“编辑通知文本”中修改</Typography.Text>}
      items={read.map(([key, label]) => ({
        key,
        label,
        children: <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0, whiteSpace: 'pre-line' }}>{notice[key]}</Typography.Paragraph>,
      }))}
    />
  );
}
