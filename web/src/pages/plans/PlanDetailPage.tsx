import { ArrowLeftOutlined, DownloadOutlined, EditOutlined, FileExcelOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { PLAN_FORMS, planFormColors, planFormLabels, type PlanForm } from '@domain/plans/plan-forms';
import { groupByForm, requirementsSection, timeText } from '@domain/plans/plan-notice-model';
import type { PlanStatus } from '@domain/plans/plan-states';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Dropdown,
  Empty,
  Grid,
  List,
  Popconfirm,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Steps,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, download } from '../../api/client';
import { errorMessage } from '../../components/api-errors';
import { NameTags } from '../../components/plans/NameTags';
import { PlanActions } from '../../components/plans/PlanActions';
import { PlanComments } from '../../components/plans/PlanComments';
import { LinkNameModal, type NameToLink } from '../../components/plans/LinkNameModal';
import { AdjustModal, PlanItemModal, type AdjustTarget } from '../../components/plans/PlanItemModals';
import { PlanNoticeDrawer } from '../../components/plans/PlanNoticeDrawer';
import { coversMonth, monthRange, PlanStatusTag } from '../../components/plans/PlanStatusTag';
import type { PlanDetail, PlanItem } from '../../components/plans/types';

const STEP_INDEX: Record<PlanStatus, number> = { draft: 0, commenting: 1, submitted: 2, decided: 3, issued: 4 };
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const adjustmentKinds: Record<string, string> = { add: '增加活动', cancel: '取消活动', move: '变更时间' };

export default function PlanDetailPage() {
  const { id } = useParams<{ id: string }>();
  const query = useQuery({ queryKey: ['plans', id], queryFn: () => api.get<PlanDetail>(`/api/plans/${id}`), enabled: !!id });
  if (query.isLoading) return <Skeleton active />;
  if (query.error || !query.data) {
    const status = query.error instanceof ApiError ? query.error.status : 500;
    return <Result status={status === 404 ? '404' : status === 403 ? '403' : 'error'} title={errorMessage(query.error)} extra={<Link to="/plans">返回计划列表</Link>} />;
  }
  return <PlanView plan={query.data} />;
}

const PRINT_CSS = `@media print { .ant-layout-sider, .ant-layout-header, .plan-no-print, .ant-tabs-nav { display: none !important; } .ant-layout-content { margin: 0 !important; padding: 0 !important; } }`;

function PlanView({ plan }: { plan: PlanDetail }) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [busy, setBusy] = useState<string | null>(null);
  const invitedOnly = plan.abilities.comment && !plan.abilities.download;
  const [tab, setTab] = useState(invitedOnly ? 'comments' : 'text');
  const [editingNotice, setEditingNotice] = useState(false);
  const commentCount = plan.planComments.length + plan.items.reduce((n, i) => n + i.comments.length, 0);

  const fetchFile = async (kind: 'docx' | 'xlsx') => {
    setBusy(kind);
    try {
      if (kind === 'docx') await download(`/api/plans/${plan.id}/notice.docx`, `${plan.title}.docx`);
      else await download(`/api/plans/${plan.id}/items.xlsx`, `${plan.title}.xlsx`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const stepItems = [
    { title: '起草' },
    { title: '征求意见', description: plan.invites.length ? `${plan.invites.filter((i) => i.commented).length}/${plan.invites.length}家已反馈` : STEP_INDEX[plan.status] > 1 ? '未征求意见' : undefined },
    { title: '主席会议', description: plan.chairsMeeting ?? undefined },
    { title: '党委常委会审定', description: plan.approvingMeeting ? `${plan.approvingMeeting}${plan.approvedOn ? ` ${plan.approvedOn}` : ''}` : undefined },
    { title: '印发', description: plan.docNumber && plan.status === 'issued' ? plan.docNumber : undefined },
  ];

  return (
    <>
      <style>{PRINT_CSS}</style>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card className="plan-no-print">
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Link to="/plans">
              <ArrowLeftOutlined /> 年度协商计划
            </Link>
            <Space wrap align="center">
              <Typography.Title level={4} style={{ margin: 0 }}>
                {plan.title}
              </Typography.Title>
              <PlanStatusTag status={plan.status} />
              {plan.docNumber && <Typography.Text type="secondary">{plan.docNumber}</Typography.Text>}
            </Space>
            <Steps size="small" current={STEP_INDEX[plan.status]} status={plan.status === 'issued' ? 'finish' : 'process'} items={stepItems} direction={isPhone ? 'vertical' : 'horizontal'} />
            <Space wrap>
              <PlanActions plan={plan} />
              {plan.abilities.editNotice && (
                <Button icon={<EditOutlined />} onClick={() => setEditingNotice(true)}>
                  编辑通知文本
                </Button>
              )}
              {plan.abilities.download && (
                <>
                  <Button icon={<DownloadOutlined />} loading={busy === 'docx'} onClick={() => fetchFile('docx')}>
                    下载通知(.docx)
                  </Button>
                  <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => fetchFile('xlsx')}>
                    导出Excel
                  </Button>
                </>
              )}
            </Space>
            {plan.abilities.comment && (
              <Alert
                type="info"
                showIcon
                title={`本计划正在征求意见，请以“${plan.abilities.invitedAs}”的名义提出意见。`}
                action={
                  tab !== 'comments' && (
                    <Button size="small" type="primary" onClick={() => setTab('comments')}>
                      去提意见
                    </Button>
                  )
                }
              />
            )}
          </Space>
        </Card>
        <Card styles={{ body: { padding: isPhone ? 8 : undefined } }}>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'text', label: '计划文本', children: <PlanText plan={plan} /> },
              { key: 'items', label: `活动清单（${plan.totals.count}）`, children: <ItemsTab plan={plan} onShowComments={() => setTab('comments')} /> },
              { key: 'calendar', label: '年度日历', children: <CalendarTab plan={plan} /> },
              { key: 'month', label: '本月到期', children: <MonthTab plan={plan} /> },
              { key: 'comments', label: commentCount ? `意见（${commentCount}）` : '意见', children: <PlanComments plan={plan} /> },
              { key: 'adjustments', label: `调整记录（${plan.adjustments.length}）`, children: <AdjustmentsTab plan={plan} /> },
            ]}
          />
        </Card>
        {plan.abilities.editNotice && <PlanNoticeDrawer plan={plan} open={editingNotice} onClose={() => setEditingNotice(false)} />}
      </Space>
    </>
  );
}

function PlanText({ plan }: { plan: PlanDetail }) {
  const active = plan.items.filter((i) => i.status === 'active');
  const sections = groupByForm(active, (form) => planFormLabels[form as PlanForm] ?? form);
  const requirements = requirementsSection(plan.requirements);
  const p = { style: { textIndent: '2em', lineHeight: 1.9, margin: '4px 0' } };
  return (
    <div style={{ maxWidth: 820, margin: '0 auto', fontFamily: '"FangSong", "仿宋", serif', fontSize: 16 }}>
      <div className="plan-no-print" style={{ textAlign: 'right', marginBottom: 8 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
      </div>
      <Typography.Title level={3} style={{ textAlign: 'center', fontFamily: '"SimHei", "黑体", sans-serif' }}>
        {plan.title}
      </Typography.Title>
      {plan.preamble &&
        plan.preamble
          .split('\n')
          .filter(Boolean)
          .map((line, i) => (
            <p key={i} {...p}>
              {line}
            </p>
          ))}
      <p {...p}>{plan.totals.sentence}</p>
      {sections.length === 0 && <Empty description="还没有协商活动" />}
      {sections.map((section, index) => (
        <section key={section.heading}>
          <h4 style={{ fontFamily: '"SimHei", "黑体", sans-serif', fontSize: 16, margin: '16px 0 4px', textIndent: '2em' }}>
            {NUMERALS[index] ?? index + 1}、{section.heading}
          </h4>
          {section.items.map((item, n) => (
            <div key={item.id} style={{ marginBottom: 8 }}>
              {section.items.length > 1 && item.meeting && (
                <p {...p}>
                  {n + 1}. {item.meeting}
                </p>
              )}
              <p {...p}>
                {section.items.length > 1 && !item.meeting ? `${n + 1}. ` : ''}协商议题：{item.title}
              </p>
              <p {...p}>时间安排：{timeText(item.startMonth, item.endMonth)}</p>
              {item.leadLeader && <p {...p}>牵头领导：{item.leadLeader}</p>}
              <p {...p}>承办单位：{item.leadUnits.map((b) => b.name).join('、') || '—'}</p>
              {item.consultedDepartments.length > 0 && <p {...p}>协商部门：{item.consultedDepartments.map((b) => b.name).join('、')}</p>}
              {item.participants && <p {...p}>参加人员：{item.participants}</p>}
              {item.brandTag && <p {...p}>协商品牌：{item.brandTag}</p>}
              {(item.contents ?? []).length > 0 && <p {...p}>主要内容：{(item.contents ?? []).join('；')}</p>}
            </div>
          ))}
        </section>
      ))}
      {requirements && (
        <section>
          <h4 style={{ fontFamily: '"SimHei", "黑体", sans-serif', fontSize: 16, margin: '16px 0 4px', textIndent: '2em' }}>
            {NUMERALS[sections.length] ?? sections.length + 1}、{requirements.heading}
          </h4>
          {requirements.lines.map((line, i) => (
            <p key={i} {...p}>
              {line}
            </p>
          ))}
        </section>
      )}
    </div>
  );
}

function ItemsTab({ plan, onShowComments }: { plan: PlanDetail; onShowComments: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<{ form?: PlanForm; month?: number; lead?: string; dept?: string }>({});
  const [editing, setEditing] = useState<PlanItem | null | undefined>(undefined);
  const [adjusting, setAdjusting] = useState<AdjustTarget | null>(null);
  const [linking, setLinking] = useState<NameToLink | null>(null);
  const linkable = (role: NameToLink['role']) => (plan.abilities.linkNames ? (name: string) => setLinking({ name, role }) : undefined);
  const unlinked = new Set(plan.items.flatMap((i) => [...i.leadUnits, ...i.consultedDepartments].filter((b) => !b.linked).map((b) => b.name)));
  const leads = useMemo(() => [...new Set(plan.items.flatMap((i) => i.leadUnits.map((b) => b.name)))], [plan.items]);
  const depts = useMemo(() => [...new Set(plan.items.flatMap((i) => i.consultedDepartments.map((b) => b.name)))], [plan.items]);
  const shown = plan.items.filter(
    (i) =>
      (!filters.form || i.form === filters.form) &&
      (!filters.month || coversMonth(i.startMonth, i.endMonth, `${plan.year}-${String(filters.month).padStart(2, '0')}`)) &&
      (!filters.lead || i.leadUnits.some((b) => b.name === filters.lead)) &&
      (!filters.dept || i.consultedDepartments.some((b) => b.name === filters.dept)),
  );
  const remove = useMutation({
    mutationFn: (item: PlanItem) => api.del(`/api/plans/${plan.id}/items/${item.id}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      message.success('已删除');
    },
    onError: (error) => message.error(errorMessage(error)),
  });

  const columns: TableColumnsType<PlanItem> = [
    { title: '序号', dataIndex: 'seq', width: 60 },
    { title: '协商形式', dataIndex: 'formLabel', width: 150, render: (label: string, item) => <Tag color={planFormColors[item.form]}>{item.category || label}</Tag> },
    {
      title: '协商议题',
      dataIndex: 'title',
      width: 300,
      render: (title: string, item) => (
        <Space direction="vertical" size={0}>
          <Typography.Text delete={item.status === 'cancelled'}>{title}</Typography.Text>
          {item.meeting && <Typography.Text type="secondary">{item.meeting}</Typography.Text>}
          {item.status === 'cancelled' && <Tag color="red">已取消{item.cancelReason ? `：${item.cancelReason}` : ''}</Tag>}
          {item.addedByAdjustment && <Tag color="blue">调整增加</Tag>}
        </Space>
      ),
    },
    { title: '时间', key: 'time', width: 110, render: (_: unknown, item) => monthRange(item.startMonth, item.endMonth) },
    { title: '承办单位', dataIndex: 'leadUnits', width: 220, render: (names: PlanItem['leadUnits']) => <NameTags names={names} onLink={linkable('lead')} /> },
    {
      title: '协商部门',
      dataIndex: 'consultedDepartments',
      width: 200,
      render: (names: PlanItem['consultedDepartments']) => <NameTags names={names} onLink={linkable('consulted')} />,
    },
  ];
  if (plan.items.some((i) => i.comments.length))
    columns.push({
      title: '意见',
      key: 'comments',
      width: 90,
      render: (_: unknown, item) =>
        item.comments.length ? (
          <Tooltip title={item.comments.map((c) => `${c.author}：${c.body}`).join('\n')} styles={{ root: { whiteSpace: 'pre-line' } }}>
            <Button type="link" size="small" onClick={onShowComments}>
              {item.comments.length}条
            </Button>
          </Tooltip>
        ) : null,
    });
  if (plan.abilities.edit || plan.abilities.adjust)
    columns.push({
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_: unknown, item) =>
        plan.abilities.edit ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(item)}>
              修改
            </Button>
            <Popconfirm title="删除这项活动？" onConfirm={() => remove.mutate(item)}>
              <Button type="link" size="small" danger>
                删除
              </Button>
            </Popconfirm>
          </Space>
        ) : item.status === 'active' ? (
          <Dropdown
            menu={{
              items: [
                { key: 'move', label: '变更时间' },
                { key: 'cancel', label: '取消活动', danger: true },
              ],
              onClick: ({ key }) => setAdjusting({ kind: key as 'move' | 'cancel', item }),
            }}
          >
            <Button type="link" size="small">
              调整
            </Button>
          </Dropdown>
        ) : null,
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[8, 8]}>
        <Col xs={12} md={6}>
          <Select allowClear placeholder="协商形式" style={{ width: '100%' }} value={filters.form} onChange={(form) => setFilters({ ...filters, form })} options={PLAN_FORMS.map((f) => ({ value: f, label: planFormLabels[f] }))} />
        </Col>
        <Col xs={12} md={4}>
          <Select allowClear placeholder="月份" style={{ width: '100%' }} value={filters.month} onChange={(month) => setFilters({ ...filters, month })} options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))} />
        </Col>
        <Col xs={12} md={7}>
          <Select allowClear showSearch placeholder="承办单位" style={{ width: '100%' }} value={filters.lead} onChange={(lead) => setFilters({ ...filters, lead })} options={leads.map((n) => ({ value: n, label: n }))} />
        </Col>
        <Col xs={12} md={7}>
          <Select allowClear showSearch placeholder="协商部门" style={{ width: '100%' }} value={filters.dept} onChange={(dept) => setFilters({ ...filters, dept })} options={depts.map((n) => ({ value: n, label: n }))} />
        </Col>
      </Row>
      <Space wrap>
        {plan.abilities.edit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            增加活动
          </Button>
        )}
        {plan.abilities.adjust && (
          <Button icon={<PlusOutlined />} onClick={() => setAdjusting({ kind: 'add' })}>
            调整：增加活动
          </Button>
        )}
        <Typography.Text type="secondary">
          显示 {shown.length} / {plan.items.length} 项
        </Typography.Text>
        {unlinked.size > 0 && (
          <Typography.Text type="warning">
            {unlinked.size} 个名称未关联机构库{plan.abilities.linkNames ? '，点击橙色“未关联”标记逐个关联' : ''}
          </Typography.Text>
        )}
      </Space>
      <Table rowKey="id" size="small" columns={columns} dataSource={shown} pagination={false} scroll={{ x: 1200 }} />
      <PlanItemModal planId={plan.id} item={editing} onClose={() => setEditing(undefined)} />
      <AdjustModal planId={plan.id} target={adjusting} onClose={() => setAdjusting(null)} />
      <LinkNameModal planId={plan.id} target={linking} onClose={() => setLinking(null)} />
    </Space>
  );
}

function CalendarTab({ plan }: { plan: PlanDetail }) {
  const active = plan.items.filter((i) => i.status === 'active');
  const undated = active.filter((i) => !i.startMonth);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space size={[4, 4]} wrap>
        {[...new Set(active.map((i) => i.form))].map((form) => (
          <Tag key={form} color={planFormColors[form]}>
            {planFormLabels[form]}
          </Tag>
        ))}
      </Space>
      <Row gutter={[12, 12]}>
        {Array.from({ length: 12 }, (_, m) => {
          const month = `${plan.year}-${String(m + 1).padStart(2, '0')}`;
          const items = active.filter((i) => coversMonth(i.startMonth, i.endMonth, month));
          return (
            <Col key={month} xs={24} sm={12} lg={8} xl={6}>
              <Card size="small" title={`${m + 1}月`} extra={<Typography.Text type="secondary">{items.length}项</Typography.Text>} style={{ height: '100%' }}>
                {items.length === 0 ? (
                  <Typography.Text type="secondary">—</Typography.Text>
                ) : (
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    {items.map((i) => (
                      <Tooltip key={i.id} title={`${i.formLabel}｜${monthRange(i.startMonth, i.endMonth)}｜${i.leadUnits.map((b) => b.name).join('、')}`}>
                        <Tag color={planFormColors[i.form]} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
                          {i.title}
                        </Tag>
                      </Tooltip>
                    ))}
                  </Space>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      {undated.length > 0 && <Alert type="info" showIcon message={`时间待定：${undated.map((i) => i.title).join('；')}`} />}
    </Space>
  );
}

function MonthTab({ plan }: { plan: PlanDetail }) {
  const now = dayjs();
  const [month, setMonth] = useState(now.year() === plan.year ? now.month() + 1 : 1);
  const key = `${plan.year}-${String(month).padStart(2, '0')}`;
  const items = plan.items.filter((i) => i.status === 'active' && coversMonth(i.startMonth, i.endMonth, key));
  const groups = new Map<string, PlanItem[]>();
  for (const item of items) for (const name of item.leadUnits.length ? item.leadUnits.map((b) => b.name) : ['（未写明承办单位）']) groups.set(name, [...(groups.get(name) ?? []), item]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>月份</span>
        <Select value={month} onChange={setMonth} style={{ width: 110 }} options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${plan.year}年${i + 1}月` }))} />
        <Typography.Text type="secondary">共 {items.length} 项活动在本月进行或到期</Typography.Text>
      </Space>
      {groups.size === 0 ? (
        <Empty description="本月没有安排协商活动" />
      ) : (
        <Row gutter={[12, 12]}>
          {[...groups.entries()].map(([unit, list]) => (
            <Col key={unit} xs={24} md={12}>
              <Card size="small" title={unit}>
                <List
                  size="small"
                  dataSource={list}
                  renderItem={(i) => (
                    <List.Item>
                      <Space direction="vertical" size={0}>
                        <span>
                          <Tag color={planFormColors[i.form]}>{i.formLabel}</Tag>
                          {i.title}
                        </span>
                        <Typography.Text type={i.endMonth && i.endMonth !== key ? 'secondary' : 'danger'}>
                          {monthRange(i.startMonth, i.endMonth)}
                          {(i.endMonth ?? i.startMonth) === key ? '（本月到期）' : ''}
                        </Typography.Text>
                      </Space>
                    </List.Item>
                  )}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </Space>
  );
}

function describe(value: unknown): string {
  if (!value || typeof value !== 'object') return '—';
  const v = value as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof v.title === 'string') parts.push(v.title);
  if ('startMonth' in v) parts.push(monthRange((v.startMonth as string | null) ?? null, (v.endMonth as string | null) ?? null));
  if (typeof v.status === 'string') parts.push(v.status === 'cancelled' ? '已取消' : v.status === 'active' ? '有效' : v.status);
  return parts.join('，') || '—';
}

function AdjustmentsTab({ plan }: { plan: PlanDetail }) {
  const titleOf = (id: string | null) => plan.items.find((i) => i.id === id)?.title ?? '—';
  const columns: TableColumnsType<PlanDetail['adjustments'][number]> = [
    { title: '类型', dataIndex: 'kind', width: 100, render: (kind: string) => <Tag>{adjustmentKinds[kind] ?? kind}</Tag> },
    { title: '活动', dataIndex: 'itemId', width: 260, render: (id: string | null) => titleOf(id) },
    { title: '调整前', dataIndex: 'before', width: 150, render: describe },
    { title: '调整后', dataIndex: 'after', width: 150, render: describe },
    { title: '原因', dataIndex: 'reason', width: 200 },
    { title: '批准', key: 'approval', width: 180, render: (_: unknown, a) => `${a.approver}（${a.approvedOn}）` },
    { title: '登记', key: 'by', width: 160, render: (_: unknown, a) => `${a.by ?? ''} ${dayjs(a.at).format('YYYY-MM-DD')}` },
  ];
  if (plan.status !== 'issued' && plan.adjustments.length === 0) return <Empty description="计划印发后的增加、取消、变更时间在这里留痕" />;
  return <Table rowKey="id" size="small" columns={columns} dataSource={plan.adjustments} pagination={false} scroll={{ x: 1240 }} locale={{ emptyText: <Empty description="没有调整" /> }} />;
}
