import { defaultSecuritySettings, securitySettingsSchema, type SecuritySettings } from '@domain/security-settings';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Skeleton, Space, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { api } from '../../api/client';
import { useMe, useSession } from '../../auth/session';
import { applyApiErrorToForm, errorMessage } from '../../components/api-errors';
import { PageHeader, QueryErrorResult, useIsPhone } from '../../components/admin/layout';
import { zodRule } from '../../components/admin/rules';

type NumberKey = Exclude<keyof SecuritySettings, 'singleSession'>;

/** Each number of the policy: its unit, its range (from the shared schema) and what it means. */
const NUMBERS: { name: NumberKey; label: string; unit: string; min: number; max: number; help: ReactNode }[] = [
  { name: 'passwordMinLength', label: '密码最小长度', unit: '位', min: 8, max: 64, help: '等保三级要求不少于8位。' },
  { name: 'passwordMinClasses', label: '密码字符种类', unit: '种', min: 2, max: 4, help: '大写字母、小写字母、数字、特殊字符四类中至少包含几类。' },
  { name: 'passwordMaxAgeDays', label: '密码有效期', unit: '天', min: 0, max: 3650, help: '到期后登录须先修改密码；0 表示永不过期。' },
  { name: 'lockoutThreshold', label: '登录失败锁定阈值', unit: '次', min: 3, max: 20, help: '连续输错密码达到此次数后锁定账号。' },
  { name: 'lockoutMinutes', label: '锁定时长', unit: '分钟', min: 1, max: 1440, help: '锁定期满自动解除；安全管理员或系统管理员也可以提前解锁。' },
  { name: 'idleTimeoutMinutes', label: '空闲超时', unit: '分钟', min: 5, max: 480, help: '超过此时长无操作，须重新登录。' },
];

const GROUPS: { title: string; names: NumberKey[] }[] = [
  { title: '密码策略', names: ['passwordMinLength', 'passwordMinClasses', 'passwordMaxAgeDays'] },
  { title: '登录锁定', names: ['lockoutThreshold', 'lockoutMinutes'] },
  { title: '会话', names: ['idleTimeoutMinutes'] },
];

/** 安全策略: the committee's password, lockout and session rules, kept by the security administrator (等保2.0 三级). */
export default function SecuritySettingsPage() {
  const me = useMe();
  const { refresh } = useSession();
  const canManage = me.abilities.securitySettings.manage;
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SecuritySettings>();
  const query = useQuery({ queryKey: ['security-settings'], queryFn: () => api.get<SecuritySettings>('/api/security-settings') });
  const save = useMutation({
    mutationFn: (values: SecuritySettings) => api.put<SecuritySettings>('/api/security-settings', values),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['security-settings'], saved ?? form.getFieldsValue(true));
      message.success('安全策略已保存，从下一次请求起生效');
      // The password policy shown on password forms comes with the session.
      await refresh().catch(() => undefined);
    },
    onError: (error) => {
      if (!applyApiErrorToForm(form, error)) message.error(errorMessage(error));
    },
  });

  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => query.refetch()} />;

  const field = (name: NumberKey) => {
    const def = NUMBERS.find((n) => n.name === name)!;
    return (
      <Col xs={24} md={12} key={name}>
        <Form.Item
          name={name}
          label={def.label}
          extra={def.help}
          rules={[{ required: true, message: `请输入${def.label}` }, zodRule(securitySettingsSchema.shape[name])]}
        >
          <InputNumber min={def.min} max={def.max} precision={0} suffix={def.unit} style={{ width: isPhone ? '100%' : 200 }} />
        </Form.Item>
      </Col>
    );
  };

  return (
    <>
      <PageHeader title="安全策略" description="按网络安全等级保护（等保2.0）三级要求设置密码复杂度和有效期、登录失败锁定、会话超时。保存后立即生效，修改记入审计日志。" />
      {query.isLoading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Form<SecuritySettings>
          form={form}
          layout="vertical"
          initialValues={query.data}
          disabled={!canManage || save.isPending}
          onFinish={(values) => save.mutate(values)}
          style={{ maxWidth: 880 }}
        >
          {GROUPS.map((group) => (
            <Card key={group.title} title={group.title} size="small" style={{ marginBottom: 16 }}>
              <Row gutter={24}>
                {group.names.map(field)}
                {group.title === '会话' && (
                  <Col xs={24} md={12}>
                    <Form.Item name="singleSession" label="禁止同一账号多处登录" valuePropName="checked" extra="开启后，账号在新的地方登录时，其他地方的登录将被退出。">
                      <Switch checkedChildren="开启" unCheckedChildren="关闭" />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </Card>
          ))}
          {canManage && (
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                保存
              </Button>
              <Button onClick={() => form.resetFields()}>撤销修改</Button>
              <Button
                onClick={() => {
                  form.setFieldsValue(defaultSecuritySettings);
                  message.info('已填入等保三级推荐值，点击“保存”后生效');
                }}
              >
                填入推荐值
              </Button>
            </Space>
          )}
          {!canManage && <Alert type="info" showIcon title="只读：安全策略由安全管理员设置。" />}
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            推荐值：密码至少{defaultSecuritySettings.passwordMinLength}位、{defaultSecuritySettings.passwordMinClasses}类字符、{defaultSecuritySettings.passwordMaxAgeDays}天更换；连续失败
            {defaultSecuritySettings.lockoutThreshold}次锁定{defaultSecuritySettings.lockoutMinutes}分钟；空闲{defaultSecuritySettings.idleTimeoutMinutes}分钟超时。
          </Typography.Paragraph>
        </Form>
      )}
    </>
  );
}
