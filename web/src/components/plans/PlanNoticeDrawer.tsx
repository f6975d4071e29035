import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber } from 'antd';
import { api } from '../../api/client';
import { FormDrawer } from '../admin/FormDrawer';
import type { PlanDetail } from './types';

type NoticeValues = {
  year: number;
  title: string;
  docNumber: string | null;
  recipients: string | null;
  noticeBody: string | null;
  preamble: string | null;
  requirements: string | null;
  reportTo: string | null;
  sendTo: string | null;
};

const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/**
 * The notice's own text, as the office edits it before issue: 主送, the covering sentence, the plan's preamble and
 * work requirements, and the 版记 (报/送) lines. Year and title change only while the plan is still a draft.
 */
export function PlanNoticeDrawer({ plan, open, onClose }: { plan: PlanDetail; open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const initialValues: NoticeValues = {
    year: plan.year,
    title: plan.title,
    docNumber: plan.docNumber,
    recipients: plan.recipients,
    noticeBody: plan.noticeBody,
    preamble: plan.preamble,
    requirements: plan.requirements,
    reportTo: plan.reportTo,
    sendTo: plan.sendTo,
  };
  const save = async (values: NoticeValues) => {
    await api.put(`/api/plans/${plan.id}`, {
      year: values.year,
      title: values.title.trim(),
      docNumber: blankToNull(values.docNumber),
      recipients: blankToNull(values.recipients),
      noticeBody: blankToNull(values.noticeBody),
      preamble: blankToNull(values.preamble),
      requirements: blankToNull(values.requirements),
      reportTo: blankToNull(values.reportTo),
      sendTo: blankToNull(values.sendTo),
    });
    await queryClient.invalidateQueries({ queryKey: ['plans'] });
  };
  const titleLocked = !plan.abilities.edit;
  return (
    <FormDrawer<NoticeValues> open={open} title="编辑通知文本" initialValues={initialValues} onSubmit={save} onClose={onClose} width={720}>
      <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]} extra={titleLocked ? '提交主席会议后年度和标题不再修改' : undefined}>
        <InputNumber min={2000} max={2100} disabled={titleLocked} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="title" label="计划标题" rules={[{ required: true, whitespace: true, message: '请填写计划标题' }]}>
        <Input maxLength={100} disabled={titleLocked} />
      </Form.Item>
      <Form.Item name="docNumber" label="发文字号" extra="如：云政协发〔2025〕6号；印发时还可再填">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="recipients" label="主送机关" extra="如：各县（区）政协，市政协各专门委员会、各界别召集人">
        <Input.TextArea rows={2} maxLength={300} showCount />
      </Form.Item>
      <Form.Item name="noticeBody" label="通知正文" extra="留空时按审定会议自动生成：“《…》已经……审定，现印发你们，请认真组织实施。”">
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="preamble" label="计划前言" extra="指导思想等段落，每段一行；活动总数一句由系统按活动生成，不必填写">
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="requirements" label="工作要求" extra="每段一行">
        <Input.TextArea rows={6} maxLength={10000} showCount />
      </Form.Item>
      <Form.Item name="reportTo" label="版记：报" extra="如：市委、市人大常委会、市政府">
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="sendTo" label="版记：送">
        <Input maxLength={300} />
      </Form.Item>
    </FormDrawer>
  );
}
