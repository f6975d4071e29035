import { DownloadOutlined, FilterOutlined, PlusOutlined, RightOutlined, UploadOutlined } from '@ant-design/icons';
import { genderLabels, memberStatusLabels } from '@domain/members/member-schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Col,
  Empty,
  Grid,
  Input,
  Pagination,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError, download, toQuery } from '../../api/client';
import type { Page } from '../../api/types';
import { useMe } from '../../auth/session';
import { errorMessage } from '../../components/api-errors';
import { MemberActions } from '../../components/members/MemberActions';
import { MemberFormDrawer } from '../../components/members/MemberFormDrawer';
import { MembersConfig } from '../../components/members/MembersConfig';
import { MemberStatusTag, StandingTag } from '../../components/members/MemberTags';
import { memberKeys, useOrganisation } from '../../components/members/queries';
import type { MemberFilters, MemberListItem } from '../../components/members/types';
import { ForbiddenResult } from '../NotFoundPage';

const PAGE_SIZE = 20;
const FILTER_KEYS = ['q', 'sectorId', 'partyId', 'specialCommitteeId', 'termId', 'status', 'isStanding'] as const;

/** The filters and page as the URL holds them, so that reload and back keep the list where it was. */
function readParams(params: URLSearchParams): { filters: MemberFilters; page: number } {
  const filters: MemberFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'status' && value !== 'active' && value !== 'left') continue;
    if (key === 'isStanding' && value !== 'true' && value !== 'false') continue;
    (filters as Record<string, string>)[key] = value;
  }
  const page = Number(params.get('page'));
  return { filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export default function MembersPage() {
  const me = useMe();
  if (!me.abilities.members.list) return <ForbiddenResult />;
  return (
    <MembersConfig>
      <MemberList canManage={me.abilities.members.manage} />
    </MembersConfig>
  );
}

function MemberList({ canManage }: { canManage: boolean }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [params, setParams] = useSearchParams();
  const { filters, page } = useMemo(() => readParams(params), [params]);
  const [drawer, setDrawer] = useState<{ open: boolean; memberId: string | null }>({ open: false, memberId: null });
  const [exporting, setExporting] = useState(false);
  const [showFilters, setShowFilters] = useState(false);
  const organisation = useOrganisation();
  const org = organisation.data;

  const list = useQuery({
    queryKey: memberKeys.list({ ...filters, page }),
    queryFn: () => api.get<Page<MemberListItem>>(`/api/members${toQuery({ ...filters, page, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });

  /** Changes filters (back to page 1) or the page; each change is a history entry, so 后退 undoes it. */
  const update = (patch: Partial<MemberFilters> & { page?: number }) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === '' || (key === 'page' && value === 1)) next.delete(key);
      else next.set(key, String(value));
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  const activeFilters = FILTER_KEYS.filter((k) => filters[k] !== undefined).length;
  const resetFilters = () => setParams(new URLSearchParams());

  const exportExcel = async () => {
    setExporting(true);
    try {
      await download(`/api/members/export${toQuery({ ...filters })}`, '委员名册.xlsx');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setExporting(false);
    }
  };

  if (list.error instanceof ApiError && list.error.status === 403) return <ForbiddenResult />;

  const data = list.data;
  const items = data?.items ?? [];
  const hasActions = items.some((m) => m.abilities.update || m.abilities.markLeft || m.abilities.reinstate);
  const openCreate = () => setDrawer({ open: true, memberId: null });
  const openEdit = (id: string) => setDrawer({ open: true, memberId: id });

  const empty = list.isError ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="列表未能加载" />
  ) : activeFilters > 0 ? (
    <Empty description="没有符合条件的委员">
      <Button onClick={resetFilters}>清除筛选条件</Button>
    </Empty>
  ) : (
    <Empty description={canManage ? '还没有委员，可以新增委员或导入名册' : '还没有委员'} />
  );

  const width = (desktop: number) => ({ width: isPhone ? '100%' : desktop });
  const filterSelects = [
    <Select
      key="sector"
      aria-label="按界别筛选"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="全部界别"
      value={filters.sectorId}
      onChange={(v) => update({ sectorId: v })}
      options={org?.sectors.map((s) => ({ value: s.id, label: s.name }))}
      loading={organisation.isLoading}
      style={width(130)}
      popupMatchSelectWidth={false}
    />,
    <Select
      key="party"
      aria-label="按党派筛选"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="全部党派"
      value={filters.partyId}
      onChange={(v) => update({ partyId: v })}
      options={org?.parties.map((p) => ({ value: p.id, label: p.name }))}
      loading={organisation.isLoading}
      style={width(100)}
      popupMatchSelectWidth={false}
    />,
    <Select
      key="specialCommittee"
      aria-label="按专委会筛选"
      allowClear
      placeholder="全部专委会"
      value={filters.specialCommitteeId}
      onChange={(v) => update({ specialCommitteeId: v })}
      options={org?.specialCommittees.map((c) => ({ value: c.id, label: c.name }))}
      loading={organisation.isLoading}
      style={width(120)}
      popupMatchSelectWidth={false}
    />,
    <Select
      key="term"
      aria-label="按届次筛选"
      allowClear
      placeholder="全部届次"
      value={filters.termId}
      onChange={(v) => update({ termId: v })}
      options={org?.terms.map((t) => ({ value: t.id, label: t.isCurrent ? `${t.name}（本届）` : t.name }))}
      loading={organisation.isLoading}
      style={width(100)}
    />,
    <Select
      key="status"
      aria-label="按状态筛选"
      allowClear
      placeholder="全部状态"
      value={filters.status}
      onChange={(v) => update({ status: v })}
      options={[
        { value: 'active', label: memberStatusLabels.active },
        { value: 'left', label: memberStatusLabels.left },
      ]}
      style={width(100)}
    />,
    <Select
      key="standing"
      aria-label="按是否常委筛选"
      allowClear
      placeholder="是否常委"
      value={filters.isStanding}
      onChange={(v) => update({ isStanding: v })}
      options={[
        { value: 'true', label: '常委' },
        { value: 'false', label: '非常委' },
      ]}
      style={width(100)}
    />,
  ];

  const search = (
    <Input.Search
      key={`q:${filters.q ?? ''}`}
      defaultValue={filters.q}
      allowClear
      aria-label="搜索委员"
      placeholder="姓名或手机号"
      enterButton="查询"
      maxLength={50}
      onSearch={(value) => {
        const q = value.trim() || undefined;
        // Searching the same words again asks the server again (someone may have added a member meanwhile).
        if (q === filters.q) void list.refetch();
        else update({ q });
      }}
      style={width(200)}
    />
  );

  const toolbarButtons = [
    canManage && (
      <Button key="create" type="primary" icon={isPhone ? undefined : <PlusOutlined />} onClick={openCreate} block={isPhone}>
        新增委员
      </Button>
    ),
    canManage && (
      <Button key="import" icon={isPhone ? undefined : <UploadOutlined />} onClick={() => navigate('/members/import')} block={isPhone}>
        导入名册
      </Button>
    ),
    <Button key="export" icon={isPhone ? undefined : <DownloadOutlined />} onClick={exportExcel} loading={exporting} disabled={!data || data.total === 0} block={isPhone}>
      导出Excel
    </Button>,
  ].filter(Boolean);
  // Phones: the buttons share one row under the title instead of wrapping.
  const toolbar = isPhone ? (
    <div style={{ display: 'grid', gridTemplateColumns: `repeat(${toolbarButtons.length}, 1fr)`, gap: 8, width: '100%' }}>{toolbarButtons}</div>
  ) : (
    <Space size={8}>{toolbarButtons}</Space>
  );

  const columns: TableColumnsType<MemberListItem> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 96,
      fixed: 'left',
      render: (name: string, m) => <Link to={`/members/${m.id}`}>{name}</Link>,
    },
    { title: '性别', dataIndex: 'gender', width: 60, render: (g: MemberListItem['gender']) => (g ? genderLabels[g] : dash) },
    { title: '界别', dataIndex: 'sectorName', width: 170, ellipsis: { showTitle: true } },
    { title: '党派', dataIndex: 'partyName', width: 110, render: (p: string | null) => p ?? dash },
    {
      title: '工作单位及职务',
      dataIndex: 'employer',
      ellipsis: { showTitle: false },
      render: (e: string | null) =>
        e ? (
          <Tooltip title={e} placement="topLeft">
            {e}
          </Tooltip>
        ) : (
          dash
        ),
    },
    { title: '手机号', dataIndex: 'phone', width: 124, render: (p: string | null) => p ?? dash },
    { title: '常委', dataIndex: 'isStanding', width: 64, align: 'center', render: (s: boolean) => (s ? '是' : '否') },
    {
      title: '状态',
      dataIndex: 'status',
      width: 80,
      render: (s: MemberListItem['status'], m) =>
        s === 'left' && m.leftDate ? (
          <Tooltip title={`离任日期：${m.leftDate}`}>
            <span>
              <MemberStatusTag status={s} />
            </span>
          </Tooltip>
        ) : (
          <MemberStatusTag status={s} />
        ),
    },
  ];
  if (hasActions) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_: unknown, m) => <MemberActions member={m} onEdit={openEdit} />,
    });
  }

  return (
    <>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          委员管理
        </Typography.Title>
        {toolbar}
      </div>

      <Card size="small" style={{ marginBottom: 16 }} styles={{ body: { padding: isPhone ? 12 : 16 } }}>
        <form role="search" aria-label="筛选委员" onSubmit={(e) => e.preventDefault()}>
          {isPhone ? (
            <>
              <div style={{ display: 'flex', gap: 8 }}>
                <div style={{ flex: 1, minWidth: 0 }}>{search}</div>
                <Badge count={activeFilters - (filters.q ? 1 : 0)} size="small">
                  <Button icon={<FilterOutlined />} onClick={() => setShowFilters((v) => !v)} aria-expanded={showFilters}>
                    筛选
                  </Button>
                </Badge>
              </div>
              {showFilters && (
                <Row gutter={[8, 8]} style={{ marginTop: 8 }}>
                  {filterSelects.map((select) => (
                    <Col span={12} key={select.key}>
                      {select}
                    </Col>
                  ))}
                  {activeFilters > 0 && (
                    <Col span={24}>
                      <Button block onClick={resetFilters}>
                        清除筛选条件
                      </Button>
                    </Col>
                  )}
                </Row>
              )}
            </>
          ) : (
            <Space wrap size={[8, 8]}>
              {search}
              {filterSelects}
              {activeFilters > 0 && (
                <Button type="link" onClick={resetFilters}>
                  重置
                </Button>
              )}
            </Space>
          )}
        </form>
      </Card>

      {list.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="委员列表加载失败"
          description={errorMessage(list.error)}
          action={
            <Button size="small" onClick={() => list.refetch()}>
              重试
            </Button>
          }
        />
      )}

      {isPhone ? (
        <MemberCards items={items} loading={list.isLoading} fetching={list.isFetching} empty={empty} />
      ) : (
        <Table<MemberListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          locale={{ emptyText: list.isLoading ? ' ' : empty }}
          pagination={{
            current: data?.page ?? page,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showQuickJumper: (data?.total ?? 0) > PAGE_SIZE * 5,
            showTotal: (total) => `共 ${total} 名委员`,
            onChange: (p) => update({ page: p }),
            hideOnSinglePage: false,
          }}
        />
      )}

      {isPhone && data && data.total > 0 && (
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8, marginTop: 16 }}>
          <Pagination simple current={data.page} pageSize={PAGE_SIZE} total={data.total} onChange={(p) => update({ page: p })} />
          <Typography.Text type="secondary">共 {data.total} 名委员</Typography.Text>
        </div>
      )}

      <MemberFormDrawer
        open={drawer.open}
        memberId={drawer.memberId}
        onClose={() => setDrawer((d) => ({ ...d, open: false }))}
      />
    </>
  );
}

/** Phones: one tappable card per member instead of the wide table. */
function MemberCards({ items, loading, fetching, empty }: { items: MemberListItem[]; loading: boolean; fetching: boolean; empty: ReactNode }) {
  if (loading) {
    return (
      <Card aria-busy="true" aria-label="正在加载委员列表">
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (items.length === 0) return <Card>{empty}</Card>;
  return (
    <div role="list" aria-label="委员列表" aria-busy={fetching} style={{ display: 'flex', flexDirection: 'column', gap: 8, opacity: fetching ? 0.6 : 1 }}>
      {items.map((m) => (
        <div role="listitem" key={m.id}>
        <Link to={`/members/${m.id}`} style={{ color: 'inherit', display: 'block' }}>
          <Card size="small" hoverable styles={{ body: { padding: '12px 14px' } }}>
            <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
              <div style={{ flex: 1, minWidth: 0 }}>
                <div style={{ display: 'flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {m.name}
                  </Typography.Text>
                  {m.isStanding && <StandingTag />}
                  <MemberStatusTag status={m.status} />
                </div>
                <Typography.Text type="secondary" ellipsis style={{ display: 'block', marginTop: 4 }}>
                  {m.sectorName}
                  {m.partyName ? ` · ${m.partyName}` : ''}
                </Typography.Text>
                {m.employer && (
                  <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 13 }}>
                    {m.employer}
                  </Typography.Text>
                )}
              </div>
              <RightOutlined style={{ color: 'rgba(0,0,0,0.25)' }} />
            </div>
          </Card>
        </Link>
        </div>
      ))}
    </div>
  );
}
