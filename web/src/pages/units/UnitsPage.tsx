import { DeleteOutlined, EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { AdminTable, type AdminColumn } from '../../components/admin/AdminTable';
import { useState } from 'react';
import { api, toQuery } from '../../api/client';
import { useMe } from '../../auth/session';
import { errorMessage } from '../../components/api-errors';
import { FormDrawer } from '../../components/admin/FormDrawer';
import { zodRule } from '../../components/admin/rules';
import { contactPhone } from '@domain/organisation/handling-unit-schema';
import { PageHeader, QueryErrorResult, useIsPhone } from '../../components/admin/layout';
import { unitCategoryLabels, unitCategoryOptions } from '../../components/admin/labels';
import type { Page } from '../../api/types';
import type { Unit, UnitCategory, UnitContact, UnitInput } from '../../components/admin/types';

type Filter = { q: string; category?: UnitCategory; active?: 'true' | 'false' };

type FormValues = Omit<UnitInput, 'contacts'> & { contacts: Partial<UnitContact>[] };

const blankUnit = (sort: number): FormValues => ({
  name: '',
  shortName: null,
  category: 'government',
  address: null,
  contacts: [],
  active: true,
  sort,
});

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

function toBody(values: FormValues): UnitInput {
  return {
    name: values.name.trim(),
    shortName: text(values.shortName),
    category: values.category,
    address: text(values.address),
    active: values.active,
    sort: values.sort ?? 0,
    contacts: (values.contacts ?? [])
      .filter((c) => text(c?.name) || text(c?.phone) || text(c?.title))
      .map((c) => ({ name: text(c.name) ?? '', title: text(c.title), phone: text(c.phone) })),
  };
}

/** 承办单位: the departments that handle proposals and consultation outcomes, with their contacts. */
export default function UnitsPage() {
  const me = useMe();
  const canCreate = me.abilities.organisation.manage;
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>({ q: '' });
  const [editing, setEditing] = useState<Unit | null>(null);
  const [open, setOpen] = useState(false);

  const query = useQuery({
    queryKey: ['units', filter],
    queryFn: () => api.get<Unit[] | Page<Unit>>(`/api/units${toQuery(filter)}`),
    placeholderData: keepPreviousData,
  });
  const units = Array.isArray(query.data) ? query.data : (query.data?.items ?? []);

  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['units'] });
  const save = useMutation({
    mutationFn: ({ id, body }: { id?: string; body: UnitInput }) => (id ? api.put(`/api/units/${id}`, body) : api.post('/api/units', body)),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.del(`/api/units/${id}`),
    onSuccess: () => {
      message.success('已删除');
      return invalidate();
    },
    onError: (error) => message.error(errorMessage(error)),
  });

  if (query.isError && !query.data) return <QueryErrorResult error={query.error} onRetry={() => query.refetch()} />;

  const nextSort = Math.max(0, ...units.map((u) => u.sort ?? 0)) + 1;
  const openNew = () => {
    setEditing(null);
    setOpen(true);
  };
  const openEdit = (unit: Unit) => {
    setEditing(unit);
    setOpen(true);
  };
  const showActions = units.some((u) => u.abilities?.update || u.abilities?.delete);

  const columns: AdminColumn<Unit>[] = [
    {
      title: '单位名称',
      key: 'name',
      fixed: isPhone ? undefined : 'left',
      render: (_, unit) => (
        <div style={{ minWidth: 160 }}>
          <div>{unit.name}</div>
          {unit.shortName && <Typography.Text type="secondary">简称：{unit.shortName}</Typography.Text>}
        </div>
      ),
    },
    { title: '类别', dataIndex: 'category', width: 110, render: (c: UnitCategory) => unitCategoryLabels[c] ?? c },
    {
      title: '联系人',
      key: 'contacts',
      dataIndex: 'contacts',
      render: (_, unit) =>
        unit.contacts?.length ? (
          <Space orientation="vertical" size={0}>
            {unit.contacts.map((c, i) => (
              <span key={i}>
                {c.name}
                {c.title && <Typography.Text type="secondary">（{c.title}）</Typography.Text>}
                {c.phone && <> {c.phone}</>}
              </span>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: '地址', dataIndex: 'address', ellipsis: true, render: (a: string | null) => a ?? <Typography.Text type="secondary">—</Typography.Text> },
    { title: '状态', dataIndex: 'active', width: 80, render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
    { title: '排序', dataIndex: 'sort', width: 70, align: 'right', responsive: ['md'] },
  ];
  if (showActions) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 140,
      fixed: isPhone ? undefined : 'right',
      render: (_, unit) => (
        <Space size={4}>
          {unit.abilities?.update && (
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => openEdit(unit)} style={{ paddingInline: 4 }}>
              编辑
            </Button>
          )}
          {unit.abilities?.delete ? (
            <Popconfirm
              title={`删除“${unit.name}”？`}
              description="删除后不能恢复；不再承办的单位也可以改为停用。"
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => remove.mutateAsync(unit.id).catch(() => undefined)}
            >
              <Button type="link" size="small" danger icon={<DeleteOutlined />} style={{ paddingInline: 4 }}>
                删除
              </Button>
            </Popconfirm>
          ) : (
            unit.abilities?.update && (
              <Tooltip title={unit.accountCount ? `该单位有${unit.accountCount}个登录账号，不能删除；可改为停用` : '不能删除'}>
                <Button type="link" size="small" disabled icon={<DeleteOutlined />} style={{ paddingInline: 4 }}>
                  删除
                </Button>
              </Tooltip>
            )
          )}
        </Space>
      ),
    });
  }

  const initialValues: FormValues = editing
    ? { ...editing, contacts: editing.contacts?.length ? editing.contacts : [] }
    : blankUnit(nextSort);

  return (
    <>
      <PageHeader
        title="承办单位"
        description="办理提案、落实协商成果的党政部门和单位；停用的单位不再出现在交办选择中。"
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openNew}>
              新增单位
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={12}>
          <Input.Search
            placeholder="单位名称或简称"
            allowClear
            enterButton="查询"
            defaultValue={filter.q}
            onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim() }))}
            style={{ width: isPhone ? '100%' : 300 }}
          />
          <Select<UnitCategory>
            placeholder="全部类别"
            allowClear
            options={unitCategoryOptions}
            value={filter.category}
            onChange={(category) => setFilter((f) => ({ ...f, category }))}
            style={{ width: isPhone ? 'calc(50% - 6px)' : 160 }}
          />
          <Select<'true' | 'false'>
            placeholder="全部状态"
            allowClear
            options={[
              { value: 'true', label: '启用' },
              { value: 'false', label: '停用' },
            ]}
            value={filter.active}
            onChange={(active) => setFilter((f) => ({ ...f, active }))}
            style={{ width: isPhone ? 'calc(50% - 6px)' : 120 }}
          />
        </Flex>
      </Card>
      <AdminTable<Unit>
        rowKey="id"
        listLabel="承办单位列表"
        cardTitleKey="name"
        columns={columns}
        dataSource={units}
        loading={query.isFetching}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 个单位`, hideOnSinglePage: true }}
        locale={{ emptyText: filter.q || filter.category || filter.active ? '没有符合条件的单位' : '暂无承办单位' }}
      />
      <FormDrawer<FormValues>
        open={open}
        title={editing ? `编辑承办单位：${editing.name}` : '新增承办单位'}
        initialValues={initialValues}
        onClose={() => setOpen(false)}
        onSubmit={(values) => save.mutateAsync({ id: editing?.id, body: toBody(values) })}
        width={640}
      >
        <UnitFields />
      </FormDrawer>
    </>
  );
}

function UnitFields() {
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={16}>
          <Form.Item
            name="name"
            label="单位名称"
            rules={[
              { required: true, whitespace: true, message: '请输入单位名称' },
              { max: 100, message: '单位名称不能超过100个字' },
            ]}
          >
            <Input placeholder="如：××市教育局" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="shortName" label="简称" rules={[{ max: 30, message: '简称不能超过30个字' }]}>
            <Input placeholder="如：市教育局" maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={unitCategoryOptions} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name="sort" label="排序" tooltip="数字小的排在前面">
            <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name="active" label="启用" valuePropName="checked">
            <Switch checkedChildren="启用" unCheckedChildren="停用" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label="地址" rules={[{ max: 200, message: '地址不能超过200个字' }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        联系人
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        负责提案办理的联系人，交办和催办时通知。
      </Typography.Paragraph>
      <Form.List name="contacts" rules={[{ validator: async (_r, list: unknown[]) => (list?.length > 20 ? Promise.reject(new Error('联系人最多20个')) : undefined) }]}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12, background: '#fafafa' }}
                title={`联系人 ${index + 1}`}
                extra={
                  <Button type="text" size="small" danger icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={`删除联系人 ${index + 1}`}>
                    删除
                  </Button>
                }
              >
                <Row gutter={12}>
                  <Col xs={24} sm={8}>
                    <Form.Item name={[field.name, 'name']} label="姓名" rules={[{ required: true, whitespace: true, message: '请填写联系人姓名' }, { max: 30, message: '姓名不能超过30个字' }]} style={{ marginBottom: 8 }}>
                      <Input maxLength={30} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item name={[field.name, 'title']} label="职务" rules={[{ max: 50, message: '职务不能超过50个字' }]} style={{ marginBottom: 8 }}>
                      <Input maxLength={50} placeholder="如：办公室主任" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item
                      name={[field.name, 'phone']}
                      label="电话"
                      rules={[zodRule(contactPhone)]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input maxLength={20} inputMode="tel" placeholder="手机号或座机号" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: '', title: null, phone: null })} disabled={fields.length >= 20}>
              添加联系人
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
