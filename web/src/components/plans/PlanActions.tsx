import { planActionLabels, type PlanAction } from '@domain/plans/plan-states';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { applyApiErrorToForm, errorMessage } from '../api-errors';
import type { Organisation } from '../members/types';
import type { PlanDetail } from './types';

type Values = { meeting?: string; meetingDate?: Dayjs; docNumber?: string; issueDate?: Dayjs; reason?: string; invitees?: string[] };

const primary: PlanAction[] = ['submit_to_chairs', 'record_decision', 'issue'];
const needsFields: PlanAction[] = ['send_for_comment', 'submit_to_chairs', 'record_decision', 'issue', 'return_to_draft'];

/** The workflow buttons the server allows this user, each with a small form for what the step needs. */
export function PlanActions({ plan }: { plan: PlanDetail }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<PlanAction | null>(null);
  const [form] = Form.useForm<Values>();

  const transition = useMutation({
    mutationFn: ({ act, values }: { act: PlanAction; values: Values }) =>
      api.post<{ status: string }>(`/api/plans/${plan.id}/transitions`, {
        action: act,
        meeting: values.meeting || null,
        meetingDate: values.meetingDate?.format('YYYY-MM-DD') ?? null,
        docNumber: values.docNumber || null,
        issueDate: values.issueDate?.format('YYYY-MM-DD') ?? null,
        reason: values.reason || null,
        invitees: (values.invitees ?? []).map((key) => {
          const [kind, id] = key.split(':');
          return kind === 'sc' ? { specialCommitteeId: id } : kind === 'party' ? { partyId: id } : { handlingUnitId: id };
        }),
      }),
    onSuccess: async (_result, { act }) => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      message.success(`已${planActionLabels[act]}`);
      setAction(null);
    },
    onError: (error) => {
      if (!applyApiErrorToForm(form, error)) message.error(errorMessage(error));
    },
  });

  const open = (act: PlanAction) => {
    if (!needsFields.includes(act)) {
      modal.confirm({ title: `确认${planActionLabels[act]}？`, onOk: () => transition.mutateAsync({ act, values: {} }) });
      return;
    }
    form.resetFields();
    if (act === 'issue' && plan.docNumber) form.setFieldsValue({ docNumber: plan.docNumber });
    setAction(act);
  };

  if (!plan.abilities.actions.length) return null;
  return (
    <>
      <Space wrap>
        {plan.abilities.actions.map((act) => (
          <Button key={act} type={primary.includes(act) ? 'primary' : 'default'} danger={act === 'return_to_draft'} onClick={() => open(act)}>
            {planActionLabels[act]}
          </Button>
        ))}
      </Space>
      <Modal
        title={action ? planActionLabels[action] : ''}
        open={action !== null}
        onCancel={() => setAction(null)}
        onOk={() => form.submit()}
        okText="确定"
        confirmLoading={transition.isPending}
        destroyOnHidden
      >
        <Form form={form} name="planAction" layout="vertical" onFinish={(values) => action && transition.mutate({ act: action, values })}>
          {action === 'send_for_comment' && <InviteeField />}
          {action === 'submit_to_chairs' && (
            <>
              <Form.Item name="meeting" label="主席会议">
                <Input maxLength={100} placeholder="如：市政协主席会议" />
              </Form.Item>
              <Form.Item name="meetingDate" label="会议日期">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {action === 'record_decision' && (
            <>
              <Form.Item name="meeting" label="审定会议" rules={[{ required: true, message: '请填写审定会议' }]}>
                <Input maxLength={100} placeholder="如：中共云州市委第8次常委会会议" />
              </Form.Item>
              <Form.Item name="meetingDate" label="审定日期" rules={[{ required: true, message: '请填写审定日期' }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {action === 'issue' && (
            <>
              <Form.Item name="docNumber" label="发文字号" rules={[{ required: true, message: '请填写发文字号' }]}>
                <Input maxLength={50} placeholder="如：云政协发〔2025〕6号" />
              </Form.Item>
              <Form.Item name="issueDate" label="印发日期" rules={[{ required: true, message: '请填写印发日期' }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {action === 'return_to_draft' && (
            <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请填写退回原因' }]}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}

function InviteeField() {
  const organisation = useQuery({ queryKey: ['organisation'], queryFn: () => api.get<Organisation>('/api/organisation'), staleTime: 5 * 60_000 });
  const units = useQuery({ queryKey: ['units', 'all'], queryFn: () => api.get<{ id: string; name: string }[]>('/api/units') });
  const options = [
    { label: '专门委员会', options: (organisation.data?.specialCommittees ?? []).map((s) => ({ value: `sc:${s.id}`, label: s.name })) },
    { label: '党派团体', options: (organisation.data?.parties ?? []).map((p) => ({ value: `party:${p.id}`, label: p.name })) },
    { label: '承办单位', options: (Array.isArray(units.data) ? units.data : []).map((u) => ({ value: `unit:${u.id}`, label: u.name })) },
  ];
  return (
    <Form.Item name="invitees" label="征求意见单位" extra="有账号的专委会、承办单位在系统中直接提意见；其他单位的书面意见由办公室登记" rules={[{ required: true, message: '请选择征求意见的单位' }]}>
      <Select mode="multiple" options={options} loading={organisation.isLoading || units.isLoading} optionFilterProp="label" placeholder="选择专门委员会、党派团体和承办单位" allowClear />
    </Form.Item>
  );
}
