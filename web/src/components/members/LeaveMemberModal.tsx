import { markLeftSchema } from '@domain/members/member-schema';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { applyApiErrorToForm, errorMessage } from '../api-errors';
import { showSchemaIssues } from './form-issues';
import { useInvalidateMembers } from './queries';

type LeaveValues = { leftDate?: Dayjs | null; leftReason?: string };

type LeaveMemberModalProps = {
  /** The member to mark as 离任; null when the modal is closed. */
  member: { id: string; name: string } | null;
  onClose: () => void;
};

/** 离任: asks for the date and the reason; the member's record and duty history stay. */
export function LeaveMemberModal({ member, onClose }: LeaveMemberModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<LeaveValues>();
  const invalidate = useInvalidateMembers();
  const [formError, setFormError] = useState<string | null>(null);
  const leave = useMutation({
    mutationFn: (input: { leftDate: string; leftReason: string | null }) => api.post(`/api/members/${member?.id}/leave`, input),
  });

  const submit = async (values: LeaveValues) => {
    setFormError(null);
    const parsed = markLeftSchema.safeParse({ leftDate: values.leftDate?.format('YYYY-MM-DD') ?? '', leftReason: values.leftReason ?? null });
    if (!parsed.success) {
      showSchemaIssues(form, parsed.error.issues);
      return;
    }
    try {
      await leave.mutateAsync(parsed.data);
      await invalidate();
      message.success(`已将委员“${member?.name}”标记为离任`);
      onClose();
    } catch (error) {
      if (!applyApiErrorToForm(form, error)) setFormError(errorMessage(error));
    }
  };

  return (
    <Modal
      title={`委员离任：${member?.name ?? ''}`}
      open={member !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认离任"
      okButtonProps={{ danger: true, loading: leave.isPending }}
      cancelText="取消"
      destroyOnHidden
      afterOpenChange={(visible) => !visible && setFormError(null)}
    >
      <Form<LeaveValues> form={form} name="member-leave-form" layout="vertical" onFinish={submit} initialValues={{ leftDate: dayjs(), leftReason: '' }} preserve={false}>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="离任后委员档案和履职记录仍然保留，可随时恢复在任。" />
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />}
        <Form.Item label="离任日期" name="leftDate" rules={[{ required: true, message: '请选择离任日期' }]}>
          <DatePicker style={{ width: '100%' }} placeholder="请选择日期" />
        </Form.Item>
        <Form.Item label="离任原因" name="leftReason" rules={[{ max: 200, message: '不能超过200个字' }]}>
          <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 4 }} placeholder="如：工作调动、届满、辞去委员职务" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
