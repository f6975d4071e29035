import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useMe, useSession } from '../../auth/session';
import { applyApiErrorToForm, errorMessage } from '../../components/api-errors';
import { PageHeader } from '../../components/admin/layout';
import { describePasswordPolicy, passwordRule, sameAsRule } from '../../components/admin/rules';

type Values = { oldPassword: string; newPassword: string; confirmPassword: string };

/** 修改密码: one's own password, with the old one. The layout sends users here when the password must change. */
export default function ChangePasswordPage() {
  const me = useMe();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const forced = me.user.mustChangePassword || me.user.passwordExpired;

  const submit = async (values: Values) => {
    setSubmitting(true);
    try {
      await api.post('/api/auth/password', { oldPassword: values.oldPassword, newPassword: values.newPassword });
      message.success('密码已修改');
      form.resetFields();
      await refresh();
      if (forced) navigate('/', { replace: true });
    } catch (error) {
      if (!applyApiErrorToForm(form, error)) message.error(errorMessage(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <PageHeader title="修改密码" />
      <Card style={{ maxWidth: 520 }}>
        {forced && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={me.user.mustChangePassword ? '首次登录或密码被重置后，须先修改密码才能继续使用' : '密码已过有效期，须先修改密码才能继续使用'}
          />
        )}
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`密码要求：${describePasswordPolicy(me.passwordPolicy)}，不能与原密码相同。`} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ oldPassword: '', newPassword: '', confirmPassword: '' }}
          disabled={submitting}
        >
          {/* Lets password managers tie the new password to this account. */}
          <input type="text" name="username" autoComplete="username" value={me.user.username} readOnly hidden />
          <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label="新密码"
            dependencies={['oldPassword']}
            rules={[
              { required: true, message: '请输入新密码' },
              passwordRule(me.passwordPolicy, () => me.user.username),
              ({ getFieldValue }) => ({
                validator: async (_rule, value) => {
                  if (value && value === getFieldValue('oldPassword')) throw new Error('新密码不能与原密码相同');
                },
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label="确认新密码"
            dependencies={['newPassword']}
            rules={[{ required: true, message: '请再次输入新密码' }, sameAsRule('newPassword')]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting}>
            确认修改
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          忘记原密码时，请联系系统管理员重置。
        </Typography.Paragraph>
      </Card>
    </>
  );
}
