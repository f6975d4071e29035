import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { applyApiErrorToForm, errorMessage } from '../api-errors';
import { itemToValues, PlanItemFields, valuesToBody, type ItemValues } from './PlanItemForm';
import type { PlanItem } from './types';

/** Adds or edits an item while the plan is editable. `item` undefined: closed; null: new. */
export function PlanItemModal({ planId, item, onClose }: { planId: string; item: PlanItem | null | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ItemValues>();
  useEffect(() => {
    if (item !== undefined) {
      form.resetFields();
      form.setFieldsValue(itemToValues(item));
    }
  }, [item, form]);
  const save = useMutation({
    mutationFn: (values: ItemValues) => {
      const body = valuesToBody(values, item?.sources ?? null);
      return item ? api.put(`/api/plans/${planId}/items/${item.id}`, body) : api.post(`/api/plans/${planId}/items`, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      message.success(item ? '已保存' : '已增加活动');
      onClose();
    },
    onError: (error) => {
      if (!applyApiErrorToForm(form, error)) message.error(errorMessage(error));
    },
  });
  return (
    <Modal title={item ? `修改第${item.seq}项` : '增加协商活动'} open={item !== undefined} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} forceRender>
      <Form form={form} name="planItem" layout="vertical" onFinish={(values) => save.mutate(values)}>
        <PlanItemFields form={form} />
      </Form>
    </Modal>
  );
}

export type AdjustTarget = { kind: 'add' } | { kind: 'cancel' | 'move'; item: PlanItem };
type AdjustValues = ItemValues & { reason: string; approver: string; approvedOn: Dayjs; startMonth?: Dayjs; endMonth?: Dayjs | null };

const titles = { add: '调整：增加活动', cancel: '调整：取消活动', move: '调整：变更时间' };

/** An adjustment to an issued plan: add, cancel or move an item, with the reason and who approved it. */
export function AdjustModal({ planId, target, onClose }: { planId: string; target: AdjustTarget | null; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AdjustValues>();
  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.kind === 'add') form.setFieldsValue({ ...itemToValues(null), approvedOn: dayjs() } as Partial<AdjustValues>);
    else
      form.setFieldsValue({
        approvedOn: dayjs(),
        startMonth: target.item.startMonth ? dayjs(`${target.item.startMonth}-01`) : undefined,
        endMonth: target.item.endMonth && target.item.endMonth !== target.item.startMonth ? dayjs(`${target.item.endMonth}-01`) : null,
      });
  }, [target, form]);
  const save = useMutation({
    mutationFn: (values: AdjustValues) => {
      const approval = { reason: values.reason, approver: values.approver, approvedOn: values.approvedOn.format('YYYY-MM-DD') };
      if (!target) throw new Error('no target');
      if (target.kind === 'add') return api.post(`/api/plans/${planId}/adjustments`, { kind: 'add', item: valuesToBody(values), ...approval });
      if (target.kind === 'cancel') return api.post(`/api/plans/${planId}/adjustments`, { kind: 'cancel', itemId: target.item.id, ...approval });
      return api.post(`/api/plans/${planId}/adjustments`, {
        kind: 'move',
        itemId: target.item.id,
        startMonth: values.startMonth?.format('YYYY-MM'),
        endMonth: values.endMonth?.format('YYYY-MM') ?? null,
        ...approval,
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      message.success('调整已登记');
      onClose();
    },
    onError: (error) => {
      if (!applyApiErrorToForm(form, error)) message.error(errorMessage(error));
    },
  });
  return (
    <Modal title={target ? titles[target.kind] : ''} open={target !== null} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} forceRender>
      <Form form={form} name="planAdjust" layout="vertical" onFinish={(values) => save.mutate(values)}>
        {target && target.kind !== 'add' && (
          <Typography.Paragraph>
            第{target.item.seq}项：{target.item.title}
          </Typography.Paragraph>
        )}
        {target?.kind === 'add' && <PlanItemFields form={form as never} />}
        {target?.kind === 'move' && (
          <>
            <Form.Item name="startMonth" label="新的开始月份" rules={[{ required: true, message: '请选择开始月份' }]}>
              <DatePicker picker="month" style={{ width: '100%' }} inputReadOnly />
            </Form.Item>
            <Form.Item
              name="endMonth"
              label="新的结束月份（可选）"
              dependencies={['startMonth']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, end: Dayjs | null) => {
                    const start = getFieldValue('startMonth') as Dayjs | undefined;
                    return !end || !start || !end.isBefore(start, 'month') ? Promise.resolve() : Promise.reject(new Error('结束月份不能早于开始月份'));
                  },
                }),
              ]}
            >
              <DatePicker picker="month" style={{ width: '100%' }} inputReadOnly />
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label="调整原因" rules={[{ required: true, message: '请填写调整原因' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="approver" label="批准人" rules={[{ required: true, message: '请填写批准人' }]}>
          <Input maxLength={100} placeholder="如：市政协主席会议" />
        </Form.Item>
        <Form.Item name="approvedOn" label="批准日期" rules={[{ required: true, message: '请选择批准日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
