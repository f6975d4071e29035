import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Grid, Input, InputNumber, List, Modal, Space, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useMe } from '../../auth/session';
import { applyApiErrorToForm, errorMessage } from '../../components/api-errors';
import { PlanStatusTag } from '../../components/plans/PlanStatusTag';
import type { PlanListItem } from '../../components/plans/types';
import { canReadPlans } from '../../layout/menu';
import { ForbiddenResult } from '../NotFoundPage';

export default function PlansPage() {
  const me = useMe();
  if (!canReadPlans(me)) return <ForbiddenResult />;
  return <PlanList />;
}

function PlanList() {
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ year: number; title: string }>();
  const list = useQuery({ queryKey: ['plans'], queryFn: () => api.get<PlanListItem[]>('/api/plans') });
  const plans = list.data ?? [];
  const canManage = plans[0]?.canManage ?? me.user.roles.includes('office_staff');
  const emptyText = me.user.roles.includes('handling_unit') ? '目前没有邀请贵单位提意见的年度协商计划' : '还没有年度协商计划';

  const create = useMutation({
    mutationFn: (values: { year: number; title: string }) => api.post<{ id: string }>('/api/plans', { plan: values }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      message.success('已新建计划');
      setCreating(false);
      navigate(`/plans/${id}`);
    },
    onError: (error) => {
      if (!applyApiErrorToForm(form, error)) message.error(errorMessage(error));
    },
  });

  const columns: TableColumnsType<PlanListItem> = [
    { title: '年度', dataIndex: 'year', width: 90 },
    { title: '计划名称', dataIndex: 'title', render: (title: string, plan) => <Link to={`/plans/${plan.id}`}>{title}</Link> },
    { title: '状态', dataIndex: 'status', width: 150, render: (_: unknown, plan) => <PlanStatusTag status={plan.status} /> },
    { title: '活动数', dataIndex: 'itemCount', width: 90, align: 'right' },
    { title: '发文字号', dataIndex: 'docNumber', width: 200, render: (v: string | null) => v ?? '—' },
    { title: '印发日期', dataIndex: 'issueDate', width: 130, render: (v: string | null) => v ?? '—' },
  ];

  const openCreate = () => {
    const year = dayjs().year() + 1;
    form.setFieldsValue({ year, title: `${year}年度协商工作计划` });
    setCreating(true);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          年度协商计划
        </Typography.Title>
        {canManage && (
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
              新建计划
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => navigate('/plans/import')}>
              导入通知
            </Button>
          </Space>
        )}
      </Space>
      {list.error && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      <Card styles={{ body: { padding: isPhone ? 8 : undefined } }}>
        {isPhone ? (
          <List
            loading={list.isLoading}
            dataSource={plans}
            locale={{ emptyText: <Empty description={emptyText} /> }}
            renderItem={(plan) => (
              <List.Item onClick={() => navigate(`/plans/${plan.id}`)} style={{ cursor: 'pointer' }}>
                <List.Item.Meta
                  title={<Link to={`/plans/${plan.id}`}>{plan.title}</Link>}
                  description={
                    <Space wrap size={4}>
                      <PlanStatusTag status={plan.status} />
                      <span>{plan.year}年</span>
                      <span>{plan.itemCount}项活动</span>
                      {plan.docNumber && <span>{plan.docNumber}</span>}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Table rowKey="id" loading={list.isLoading} columns={columns} dataSource={plans} pagination={false} locale={{ emptyText: <Empty description={emptyText} /> }} />
        )}
      </Card>
      <Modal title="新建年度协商计划" open={creating} onCancel={() => setCreating(false)} onOk={() => form.submit()} okText="新建" confirmLoading={create.isPending} destroyOnHidden>
        <Form form={form} name="planCreate" layout="vertical" onFinish={(values) => create.mutate(values)}>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="title" label="计划标题" rules={[{ required: true, message: '请填写计划标题' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
