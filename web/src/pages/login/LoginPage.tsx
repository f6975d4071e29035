import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { LoginInfo, Me } from '../../api/types';
import { useSession, useSetSession } from '../../auth/session';

type LoginForm = { committeeCode: string; username: string; password: string };

export default function LoginPage() {
  const { me } = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginForm>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const info = useQuery({ queryKey: ['login-info'], queryFn: () => api.get<LoginInfo>('/api/public/login-info') });

  const committees = info.data?.committees ?? [];
  const demo = info.data?.demo;
  // Preselect the first committee (the city) once the list arrives, unless the user already chose one.
  useEffect(() => {
    if (committees.length && !form.getFieldValue('committeeCode')) form.setFieldsValue({ committeeCode: committees[0].code });
  }, [committees, form]);

  if (me) return <Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />;

  const submit = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await api.post<Me>('/api/auth/login', values);
      setSession(result);
      navigate((location.state as { from?: string } | null)?.from ?? '/', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '登录失败，请稍后再试');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #b71c1c 0, #b71c1c 220px, #f5f5f5 220px)', padding: '48px 12px' }}>
      <div style={{ maxWidth: 420, margin: '0 auto' }}>
        <Typography.Title level={2} style={{ color: '#fff', textAlign: 'center', marginBottom: 4 }}>
          协商
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', textAlign: 'center' }}>政协协商工作平台</Typography.Paragraph>
        <Card title="用户登录">
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
          >
            <Form.Item label="委员会" name="committeeCode" rules={[{ required: true, message: '请选择委员会' }]}>
              <Select options={committees.map((c) => ({ value: c.code, label: c.name }))} loading={info.isLoading} placeholder="请选择委员会" />
            </Form.Item>
            <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" placeholder="用户名" />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder="密码" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              登录
            </Button>
          </Form>
        </Card>
        {demo && (
          <Card title="演示账号" size="small" style={{ marginTop: 16 }}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              演示模式：以下账号的密码均为{' '}
              <Typography.Text code copyable style={{ whiteSpace: 'nowrap' }}>
                {demo.password}
              </Typography.Text>
              ，点击账号可填入。
            </Typography.Paragraph>
            <Table
              size="small"
              pagination={false}
              rowKey="username"
              dataSource={demo.accounts}
              columns={[
                { title: '用户名', dataIndex: 'username', render: (u: string) => <a onClick={() => form.setFieldsValue({ username: u, password: demo.password })}>{u}</a> },
                { title: '角色', dataIndex: 'label' },
              ]}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
