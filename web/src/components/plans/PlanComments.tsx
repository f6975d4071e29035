import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import { applyApiErrorToForm, errorMessage } from '../api-errors';
import type { PlanDetail } from './types';

type CommentValues = { inviteId?: string; itemId?: string; body: string };
type Comment = PlanDetail['planComments'][number];

/**
 * The comment round: who was asked and who has answered; the invited body's own form, or the office's form for
 * recording a comment that came on paper; and every comment under the item it is about.
 */
export function PlanComments({ plan }: { plan: PlanDetail }) {
  const { abilities } = plan;
  const withComments = plan.items.filter((i) => i.comments.length);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {plan.invites.length > 0 && (
        <div>
          <Typography.Text type="secondary">征求意见单位：</Typography.Text>
          <Space size={[4, 4]} wrap>
            {plan.invites.map((i) => (
              <Tag key={i.id} color={i.commented ? 'green' : 'default'}>
                {i.name}
                {i.commented ? ' · 已提意见' : ' · 未反馈'}
              </Tag>
            ))}
          </Space>
        </div>
      )}
      {(abilities.comment || abilities.recordComment) && <CommentForm plan={plan} />}
      {plan.planComments.length === 0 && withComments.length === 0 && <Empty description="还没有意见" />}
      {plan.planComments.length > 0 && (
        <Card size="small" title="对整个计划">
          <CommentList comments={plan.planComments} />
        </Card>
      )}
      {withComments.map((i) => (
        <Card key={i.id} size="small" title={`${i.seq}. ${i.title}`}>
          <CommentList comments={i.comments} />
        </Card>
      ))}
    </Space>
  );
}

function CommentForm({ plan }: { plan: PlanDetail }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CommentValues>();
  const recording = !plan.abilities.comment;
  const send = useMutation({
    mutationFn: (values: CommentValues) => api.post(`/api/plans/${plan.id}/comments`, { inviteId: values.inviteId ?? null, itemId: values.itemId ?? null, body: values.body }),
    onSuccess: async () => {
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      message.success(recording ? '意见已登记' : '意见已提交');
    },
    onError: (error) => {
      if (!applyApiErrorToForm(form, error)) message.error(errorMessage(error));
    },
  });
  return (
    <Card size="small" title={recording ? '登记书面意见' : '提出意见'}>
      {recording ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="受邀单位以书面、电话等方式反馈的意见，由办公室在此登记，注明来自哪个单位。" />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`您以“${plan.abilities.invitedAs}”的名义提出意见，可针对某项活动，也可针对整个计划。`} />
      )}
      <Form form={form} name="planComment" layout="vertical" onFinish={(values) => send.mutate(values)}>
        {recording && (
          <Form.Item name="inviteId" label="意见来自" rules={[{ required: true, message: '请选择意见来自哪个单位' }]}>
            <Select options={plan.invites.map((i) => ({ value: i.id, label: i.name }))} placeholder="选择征求意见单位" />
          </Form.Item>
        )}
        <Form.Item name="itemId" label="针对的活动（不选为对整个计划）">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={plan.items.map((i) => ({ value: i.id, label: `${i.seq}. ${i.title}` }))} />
        </Form.Item>
        <Form.Item name="body" label="意见内容" rules={[{ required: true, whitespace: true, message: '请填写意见' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          {recording ? '登记意见' : '提交意见'}
        </Button>
      </Form>
    </Card>
  );
}

export function CommentList({ comments }: { comments: Comment[] }) {
  return (
    <List
      size="small"
      dataSource={comments}
      renderItem={(c) => (
        <List.Item>
          <List.Item.Meta title={`${c.author} · ${dayjs(c.at).format('YYYY-MM-DD HH:mm')}`} description={c.body} />
        </List.Item>
      )}
    />
  );
}
