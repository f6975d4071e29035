import { PLAN_FORMS, planFormLabels, type PlanForm } from '@domain/plans/plan-forms';
import { AutoComplete, DatePicker, Form, Input, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PlanItem, PlanItemBody } from './types';

/** Brands committees use; a committee's own brand is typed in. */
const BRAND_OPTIONS = ['有事好商量', '有事多商量', '有事来商量', '协商在基层'].map((value) => ({ value }));

export type ItemValues = {
  form: PlanForm;
  category?: string;
  title: string;
  months?: [Dayjs | null, Dayjs | null];
  leadUnits: string[];
  consultedDepartments: string[];
  meeting?: string;
  leadLeader?: string;
  participants?: string;
  contents?: string;
  brandTag?: string;
};

export function itemToValues(item: PlanItem | null): Partial<ItemValues> {
  if (!item) return { form: 'counterpart', leadUnits: [], consultedDepartments: [] };
  return {
    form: item.form,
    category: item.category ?? undefined,
    title: item.title,
    months: [item.startMonth ? dayjs(`${item.startMonth}-01`) : null, item.endMonth ? dayjs(`${item.endMonth}-01`) : null],
    leadUnits: item.leadUnits.map((b) => b.name),
    consultedDepartments: item.consultedDepartments.map((b) => b.name),
    meeting: item.meeting ?? undefined,
    leadLeader: item.leadLeader ?? undefined,
    participants: item.participants ?? undefined,
    contents: (item.contents ?? []).join('\n'),
    brandTag: item.brandTag ?? undefined,
  };
}

export function valuesToBody(values: ItemValues, sources: Record<string, number> | null = null): PlanItemBody {
  const [start, end] = values.months ?? [null, null];
  const startMonth = start?.format('YYYY-MM') ?? null;
  const endMonth = end?.format('YYYY-MM') ?? null;
  return {
    form: values.form,
    category: values.category?.trim() || null,
    title: values.title,
    startMonth,
    endMonth: endMonth && endMonth !== startMonth ? endMonth : null,
    leadUnits: values.leadUnits ?? [],
    consultedDepartments: values.consultedDepartments ?? [],
    meeting: values.meeting?.trim() || null,
    leadLeader: values.leadLeader?.trim() || null,
    participants: values.participants?.trim() || null,
    brandTag: values.brandTag?.trim() || null,
    contents: (values.contents ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    sources,
  };
}

/** The fields of one consultation activity (used to add, edit, and add by adjustment). */
export function PlanItemFields({ form }: { form: FormInstance<ItemValues> }) {
  const kind = Form.useWatch('form', form);
  return (
    <>
      <Form.Item name="form" label="协商形式" rules={[{ required: true, message: '请选择协商形式' }]}>
        {/* The notice's own wording of the old form no longer names the item's form. */}
        <Select options={PLAN_FORMS.map((f) => ({ value: f, label: planFormLabels[f] }))} onChange={() => form.setFieldValue('category', undefined)} />
      </Form.Item>
      {kind === 'other' && (
        <Form.Item name="category" label="形式名称" rules={[{ required: true, message: '形式为“其他”时请填写形式名称' }]}>
          <Input maxLength={40} />
        </Form.Item>
      )}
      <Form.Item name="title" label="协商议题" rules={[{ required: true, message: '请填写协商议题' }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
      </Form.Item>
      <Form.Item name="months" label="时间（开始—结束月份）">
        <DatePicker.RangePicker picker="month" allowEmpty={[true, true]} style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
      <Form.Item name="leadUnits" label="承办单位">
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['、', '，', ',']} placeholder="输入后回车" />
      </Form.Item>
      <Form.Item name="consultedDepartments" label="协商部门">
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['、', '，', ',']} placeholder="输入后回车" />
      </Form.Item>
      <Form.Item name="meeting" label="所属会议">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="leadLeader" label="牵头领导">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="participants" label="参加人员">
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="brandTag" label="协商品牌" tooltip="本地协商品牌，如“有事好商量”">
        <AutoComplete options={BRAND_OPTIONS} maxLength={40} allowClear />
      </Form.Item>
      <Form.Item name="contents" label="主要内容（每行一条）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}
