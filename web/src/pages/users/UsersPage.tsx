import { DownOutlined, EditOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { checkRoleSet, describeRoleProblem, Role, roleLabels } from '@domain/roles';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Dropdown, Flex, Form, Input, Select, Space, Tag, Tooltip, Typography, type MenuProps } from 'antd';
import { AdminTable, type AdminColumn } from '../../components/admin/AdminTable';
import { useState } from 'react';
import { api, toQuery } from '../../api/client';
import type { Me, Page } from '../../api/types';
import { useMe } from '../../auth/session';
import { errorMessage } from '../../components/api-errors';
import { formatDateTime } from '../../components/admin/format';
import { FormDrawer, FormModal } from '../../components/admin/FormDrawer';
import { PageHeader, QueryErrorResult, useIsPhone } from '../../components/admin/layout';
import { describePasswordPolicy, passwordRule, sameAsRule, zodRule } from '../../components/admin/rules';
import type { UserInput, UserItem } from '../../components/admin/types';
import { usernameSchema } from '@domain/users/user-schema';
import { LinkPicker } from './LinkPicker';
import { InitialPasswordInput } from './PasswordInput';
import { BUSINESS_ROLE_LIST, RolePicker } from './RolePicker';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Filter = { q: string; role?: Role; page: number; pageSize: number };
type FormValues = { username: string; displayName: string; password?: string; roles: Role[]; memberId: string | null; handlingUnitId: string | null; specialCommitteeId: string | null };

const roleOptions = [...BUSINESS_ROLE_LIST, Role.SystemAdmin, Role.SecurityAdmin, Role.AuditAdmin].map((r) => ({ value: r, label: roleLabels[r] }));
const adminRoles = new Set<string>([Role.SystemAdmin, Role.SecurityAdmin, Role.AuditAdmin]);

function StatusTags({ user }: { user: UserItem }) {
  if (user.disabled) return <Tag>已停用</Tag>;
  if (user.locked) {
    return (
      <Tooltip title={user.lockedUntil ? `锁定至 ${formatDateTime(user.lockedUntil)}` : undefined}>
        <Tag color="orange">已锁定</Tag>
      </Tooltip>
    );
  }
  return <Tag color="green">正常</Tag>;
}

/** 用户管理: the committee's accounts. The system administrator keeps them; the security administrator may unlock. */
export default function UsersPage() {
  const me = useMe();
  const canManage = me.abilities.users.manage;
  const isPhone = useIsPhone();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>({ q: '', page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<UserItem | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [resetting, setResetting] = useState<UserItem | null>(null);

  const query = useQuery({
    queryKey: ['users', filter],
    queryFn: () => api.get<Page<UserItem>>(`/api/users${toQuery(filter)}`),
    placeholderData: keepPreviousData,
  });
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['users'] });

  const save = useMutation({
    mutationFn: ({ id, body }: { id?: string; body: UserInput }) => (id ? api.put(`/api/users/${id}`, body) : api.post('/api/users', body)),
    onSuccess: invalidate,
  });
  const act = useMutation({
    mutationFn: ({ user, action }: { user: UserItem; action: 'disable' | 'enable' | 'unlock' }) => api.post(`/api/users/${user.id}/${action}`),
    onSuccess: (_data, { user, action }) => {
      message.success(`${{ disable: '已停用', enable: '已启用', unlock: '已解锁' }[action]}账号 ${user.username}`);
      return invalidate();
    },
    onError: (error) => message.error(errorMessage(error)),
  });
  const resetPassword = useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => api.post(`/api/users/${id}/reset-password`, { password }),
    onSuccess: invalidate,
  });

  if (query.isError && !query.data) {
    return <QueryErrorResult error={query.error} onRetry={() => query.refetch()} />;
  }

  const confirmDisable = (user: UserItem) =>
    modal.confirm({
      title: `停用账号 ${user.username}（${user.displayName}）？`,
      content: '停用后该账号不能登录，已登录的会话立即结束。账号和它的历史记录都会保留，可以随时重新启用。',
      okText: '停用',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => act.mutateAsync({ user, action: 'disable' }).catch(() => undefined),
    });

  const openNew = () => {
    setEditing(null);
    setDrawerOpen(true);
  };
  const openEdit = (user: UserItem) => {
    setEditing(user);
    setDrawerOpen(true);
  };

  const actionsOf = (user: UserItem) => {
    const more: MenuProps['items'] = [];
    if (user.abilities.resetPassword) more.push({ key: 'reset', label: '重置密码', onClick: () => setResetting(user) });
    if (user.abilities.disable) more.push({ key: 'disable', label: '停用账号', danger: true, onClick: () => confirmDisable(user) });
    if (user.abilities.enable) more.push({ key: 'enable', label: '启用账号', onClick: () => act.mutate({ user, action: 'enable' }) });
    return (
      <Space size={4} wrap={false}>
        {user.abilities.update && (
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => openEdit(user)} style={{ paddingInline: 4 }}>
            编辑
          </Button>
        )}
        {user.abilities.unlock && (
          <Button type="link" size="small" icon={<UnlockOutlined />} onClick={() => act.mutate({ user, action: 'unlock' })} style={{ paddingInline: 4 }}>
            解锁
          </Button>
        )}
        {more.length > 0 && (
          <Dropdown menu={{ items: more }} trigger={['click']}>
            <Button type="link" size="small" style={{ paddingInline: 4 }}>
              更多 <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space>
    );
  };

  const users = query.data?.items ?? [];
  const columns: AdminColumn<UserItem>[] = [
    {
      title: '用户名',
      dataIndex: 'username',
      fixed: isPhone ? undefined : 'left',
      render: (username: string, user) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {username}
          {user.id === me.user.id && <Tag style={{ marginLeft: 6 }}>本人</Tag>}
        </span>
      ),
    },
    { title: '姓名', dataIndex: 'displayName', render: (name: string) => <span style={{ whiteSpace: 'nowrap' }}>{name}</span> },
    {
      title: '角色',
      key: 'roles',
      render: (_, user) => (
        <Flex wrap gap={4} style={{ minWidth: 120 }}>
          {user.roles.map((role, i) => (
            <Tag key={role} color={adminRoles.has(role) ? 'volcano' : undefined} style={{ marginInlineEnd: 0 }}>
              {user.roleLabels[i] ?? roleLabels[role] ?? role}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: '关联',
      key: 'link',
      blank: (user) => !user.memberName && !user.handlingUnitName && !user.specialCommitteeName,
      render: (_, user) =>
        user.memberName ? (
          <span style={{ whiteSpace: 'nowrap' }}>委员：{user.memberName}</span>
        ) : user.handlingUnitName ? (
          <span>单位：{user.handlingUnitName}</span>
        ) : user.specialCommitteeName ? (
          <span>专委会：{user.specialCommitteeName}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: '状态', key: 'status', width: 90, render: (_, user) => <StatusTags user={user} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      width: 170,
      render: (at: string | null) => (at ? <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> : <Typography.Text type="secondary">从未登录</Typography.Text>),
    },
    { title: '操作', key: 'actions', fixed: isPhone ? undefined : 'right', render: (_, user) => actionsOf(user) },
  ];

  return (
    <>
      <PageHeader
        title="用户管理"
        description={canManage ? '新建和维护本会的登录账号，分配角色。新账号和重置密码后的账号，首次登录须修改密码。' : '您可以解锁因多次输错密码而被锁定的账号。'}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openNew}>
              新增用户
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={12}>
          <Input.Search
            placeholder="用户名或姓名"
            allowClear
            enterButton="查询"
            onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim(), page: 1 }))}
            style={{ width: isPhone ? '100%' : 280 }}
          />
          <Select<Role>
            placeholder="全部角色"
            allowClear
            options={roleOptions}
            value={filter.role}
            onChange={(role) => setFilter((f) => ({ ...f, role, page: 1 }))}
            style={{ width: isPhone ? '100%' : 180 }}
          />
        </Flex>
      </Card>
      <AdminTable<UserItem>
        rowKey="id"
        listLabel="用户列表"
        cardTitleKey="username"
        columns={columns}
        dataSource={users}
        loading={query.isFetching}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 个账号`,
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
        }}
        locale={{ emptyText: filter.q || filter.role ? '没有符合条件的账号' : '暂无账号' }}
      />
      <UserDrawer open={drawerOpen} user={editing} me={me} onClose={() => setDrawerOpen(false)} onSave={(id, body) => save.mutateAsync({ id, body })} />
      <FormModal<{ password: string; confirm: string }>
        open={Boolean(resetting)}
        title={`重置密码：${resetting?.username ?? ''}（${resetting?.displayName ?? ''}）`}
        initialValues={{ password: '', confirm: '' }}
        onClose={() => setResetting(null)}
        successMessage="密码已重置，请将新密码告知本人；该账号下次登录须修改密码"
        onSubmit={(values) => resetPassword.mutateAsync({ id: resetting!.id, password: values.password })}
      >
        <Alert type="warning" showIcon title="重置后该账号已登录的会话将结束，锁定同时解除；本人下次登录须修改密码。" style={{ marginBottom: 16 }} />
        <Form.Item
          name="password"
          label="新密码"
          extra={describePasswordPolicy(me.passwordPolicy)}
          rules={[{ required: true, message: '请输入新密码' }, passwordRule(me.passwordPolicy, () => resetting?.username)]}
        >
          <InitialPasswordInput minLength={me.passwordPolicy.minLength} placeholder="新密码" />
        </Form.Item>
        <Form.Item name="confirm" label="确认新密码" dependencies={['password']} rules={[{ required: true, message: '请再次输入新密码' }, sameAsRule('password')]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </FormModal>
    </>
  );
}

function UserDrawer({
  open,
  user,
  me,
  onClose,
  onSave,
}: {
  open: boolean;
  user: UserItem | null;
  me: Me;
  onClose: () => void;
  onSave: (id: string | undefined, body: UserInput) => Promise<unknown>;
}) {
  const isSelf = user?.id === me.user.id;
  const initialValues: FormValues = user
    ? { username: user.username, displayName: user.displayName, roles: user.roles, memberId: user.memberId, handlingUnitId: user.handlingUnitId, specialCommitteeId: user.specialCommitteeId }
    : { username: '', displayName: '', password: '', roles: [], memberId: null, handlingUnitId: null, specialCommitteeId: null };

  const submit = (values: FormValues) => {
    const roles = values.roles ?? [];
    const body: UserInput = {
      displayName: values.displayName.trim(),
      roles,
      // A link stays only while its role does.
      memberId: roles.includes(Role.Member) ? (values.memberId ?? null) : null,
      handlingUnitId: roles.includes(Role.HandlingUnit) ? (values.handlingUnitId ?? null) : null,
      specialCommitteeId: roles.includes(Role.CommitteeStaff) ? (values.specialCommitteeId ?? null) : null,
    };
    if (!user) Object.assign(body, { username: values.username.trim(), password: values.password });
    return onSave(user?.id, body);
  };

  return (
    <FormDrawer<FormValues>
      open={open}
      title={user ? `编辑用户：${user.username}` : '新增用户'}
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={submit}
      successMessage={user ? '已保存' : '账号已创建，请将用户名和初始密码告知本人'}
      width={600}
    >
      {(form) => (
        <>
          <Form.Item
            name="username"
            label="用户名"
            extra={user ? '用户名创建后不能修改' : '登录用，字母开头，可含字母、数字、下划线、点和连字符'}
            rules={user ? [] : [{ required: true, message: '请输入用户名' }, zodRule(usernameSchema)]}
          >
            <Input disabled={Boolean(user)} maxLength={32} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="displayName"
            label="姓名"
            rules={[
              { required: true, whitespace: true, message: '请输入姓名' },
              { max: 50, message: '姓名不能超过50个字' },
            ]}
          >
            <Input maxLength={50} />
          </Form.Item>
          {!user && (
            <Form.Item
              name="password"
              label="初始密码"
              extra={`${describePasswordPolicy(me.passwordPolicy)}。首次登录须修改。`}
              rules={[{ required: true, message: '请输入初始密码' }, passwordRule(me.passwordPolicy, () => form.getFieldValue('username'))]}
              dependencies={['username']}
            >
              <InitialPasswordInput minLength={me.passwordPolicy.minLength} />
            </Form.Item>
          )}
<Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="三员分立：系统管理员、安全管理员、审计管理员由三个不同的人担任，互不兼任，也不兼任业务角色；委员和承办单位不能是同一账号。不能同时选择的角色显示为灰色。"
          />
          <Form.Item
            name="roles"
            label="角色"
            required
            extra={isSelf ? '不能修改本人的角色，须由另一名系统管理员操作' : undefined}
            rules={[
              {
                validator: async (_rule, roles: Role[] | undefined) => {
                  const problem = checkRoleSet(roles ?? []);
                  if (problem) throw new Error(describeRoleProblem(problem));
                },
              },
            ]}
          >
            <RolePicker disabled={isSelf} />
          </Form.Item>
          <Form.Item noStyle dependencies={['roles']}>
            {() => {
              const roles: Role[] = form.getFieldValue('roles') ?? [];
              return (
                <>
                  {roles.includes(Role.Member) && (
                    <Form.Item name="memberId" label="关联委员档案" rules={[{ required: true, message: '委员账号须关联委员档案' }, { pattern: UUID, message: '委员编号格式不正确' }]}>
                      <LinkPicker kind="member" currentLabel={user?.memberName} canSearch={me.abilities.users.manage} />
                    </Form.Item>
                  )}
                  {roles.includes(Role.HandlingUnit) && (
                    <Form.Item name="handlingUnitId" label="关联承办单位" rules={[{ required: true, message: '承办单位账号须关联承办单位' }, { pattern: UUID, message: '承办单位编号格式不正确' }]}>
                      <LinkPicker kind="unit" currentLabel={user?.handlingUnitName} canSearch={me.abilities.users.manage} />
                    </Form.Item>
                  )}
                  {roles.includes(Role.CommitteeStaff) && (
                    <Form.Item
                      name="specialCommitteeId"
                      label="所属专委会"
                      extra="关联后，该账号可代表本专委会对征求意见中的协商计划提出意见"
                      rules={[{ pattern: UUID, message: '专委会编号格式不正确' }]}
                    >
                      <LinkPicker kind="special_committee" currentLabel={user?.specialCommitteeName} canSearch={me.abilities.users.manage} />
                    </Form.Item>
                  )}
                </>
              );
            }}
          </Form.Item>
        </>
      )}
    </FormDrawer>
  );
}
