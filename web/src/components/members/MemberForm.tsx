import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { genderLabels, memberInputSchema, positionLabels, SPECIAL_COMMITTEE_POSITIONS, type MemberInput } from '@domain/members/member-schema';
import { Alert, Button, Col, DatePicker, Form, Input, Row, Select, Space, Switch, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import type { ZodType } from 'zod';
import { ApiError } from '../../api/client';
import { applyApiErrorToForm, errorMessage } from '../api-errors';
import { showSchemaIssues } from './form-issues';
import { useOrganisation } from './queries';
import type { Gender, MemberDetail, SpecialCommitteePosition } from './types';

/** The form's own values: dates as dayjs, empty selects as undefined. */
type MemberFormValues = {
  name?: string;
  gender?: Gender;
  birthDate?: Dayjs | null;
  ethnicity?: string;
  termId?: string;
  sectorId?: string;
  partyId?: string;
  liaisonGroupId?: string;
  studioId?: string;
  employer?: string;
  phone?: string;
  isStanding: boolean;
  specialCommittees: { specialCommitteeId?: string; position: SpecialCommitteePosition }[];
  note?: string;
};

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : (value ?? null));

/** The form values as the API takes them, before the shared schema trims and checks them. */
function toRawInput(values: MemberFormValues) {
  return {
    name: values.name ?? '',
    gender: values.gender ?? null,
    birthDate: values.birthDate ? values.birthDate.format('YYYY-MM-DD') : null,
    ethnicity: blankToNull(values.ethnicity),
    termId: values.termId,
    sectorId: values.sectorId,
    partyId: values.partyId ?? null,
    liaisonGroupId: values.liaisonGroupId ?? null,
    studioId: values.studioId ?? null,
    employer: blankToNull(values.employer),
    phone: blankToNull(values.phone),
    isStanding: Boolean(values.isStanding),
    specialCommittees: (values.specialCommittees ?? []).map((s) => ({ specialCommitteeId: s?.specialCommitteeId, position: s?.position ?? 'member' })),
    note: blankToNull(values.note),
  };
}

function toFormValues(member: MemberDetail | undefined): MemberFormValues {
  if (!member) return { isStanding: false, specialCommittees: [] };
  return {
    name: member.name,
    gender: member.gender ?? undefined,
    birthDate: member.birthDate ? dayjs(member.birthDate) : null,
    ethnicity: member.ethnicity ?? undefined,
    termId: member.termId,
    sectorId: member.sectorId,
    partyId: member.partyId ?? undefined,
    liaisonGroupId: member.liaisonGroupId ?? undefined,
    studioId: member.studioId ?? undefined,
    employer: member.employer ?? undefined,
    phone: member.phone ?? undefined,
    isStanding: member.isStanding,
    specialCommittees: member.specialCommittees.map((s) => ({ specialCommitteeId: s.specialCommitteeId, position: s.position })),
    note: member.note ?? undefined,
  };
}

/** A form rule that asks the server's own schema for the field, so the browser says what the server would. */
function schemaRule(schema: ZodType, convert: (value: unknown) => unknown = (v) => v): Rule {
  return {
    validator: async (_rule, value) => {
      const result = schema.safeParse(convert(value));
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}

const shape = memberInputSchema.shape;
const rules = {
  name: [schemaRule(shape.name)],
  ethnicity: [schemaRule(shape.ethnicity, blankToNull)],
  termId: [schemaRule(shape.termId)],
  sectorId: [schemaRule(shape.sectorId)],
  employer: [schemaRule(shape.employer, blankToNull)],
  phone: [schemaRule(shape.phone, blankToNull)],
  note: [schemaRule(shape.note, blankToNull)],
};

/** Puts a server error on its field; nested special-committee errors go on the row they name. */
function placeServerError(form: FormInstance<MemberFormValues>, error: unknown): boolean {
  if (error instanceof ApiError && error.field?.startsWith('specialCommittees')) {
    const index = Number(error.field.split('.')[1]);
    if (Number.isInteger(index)) {
      form.setFields([{ name: ['specialCommittees', index, 'specialCommitteeId'], errors: [error.message] }]);
      return true;
    }
    form.setFields([{ name: 'specialCommittees', errors: [error.message] }]);
    return true;
  }
  // A field the user left empty is not in the form's store, where applyApiErrorToForm looks; the schema knows it.
  const head = error instanceof ApiError ? error.field?.split('.')[0] : undefined;
  if (head && head in memberInputSchema.shape) {
    form.setFields([{ name: head as keyof MemberFormValues, errors: [(error as ApiError).message] }]);
    form.scrollToField(head);
    return true;
  }
  return applyApiErrorToForm(form, error);
}

/** Options for a select: the committee's list, plus the record's own value when the list no longer has it. */
function optionsOf(list: { id: string; name: string }[] | undefined, own?: { id: string | null; name: string | null }) {
  const options = (list ?? []).map((item) => ({ value: item.id, label: item.name }));
  if (own?.id && !options.some((o) => o.value === own.id)) options.push({ value: own.id, label: own.name ?? own.id });
  return options;
}

type MemberFormProps = {
  /** The form element's id, so that a button outside it (a drawer footer) can submit it. */
  id: string;
  /** The record being edited; absent for a new member. */
  member?: MemberDetail;
  /** Sends the checked input; a thrown ApiError is shown on its field. */
  onSubmit: (input: MemberInput) => Promise<void>;
  /** Called with the message of an error that names no field of this form. */
  onError: (message: string) => void;
};

/** Every field of memberInputSchema; checked in the browser by the same schema the server uses. */
export function MemberForm({ id, member, onSubmit, onError }: MemberFormProps) {
  const [form] = Form.useForm<MemberFormValues>();
  const organisation = useOrganisation();
  const org = organisation.data;
  const currentTermId = org?.terms.find((t) => t.isCurrent)?.id;
  const initialValues = useMemo(() => toFormValues(member), [member]);

  // A new member belongs to the current term unless the user picks another; the list may arrive after the form.
  useEffect(() => {
    if (!member && currentTermId && !form.getFieldValue('termId')) form.setFieldValue('termId', currentTermId);
  }, [member, currentTermId, form]);

  const termOptions = useMemo(
    () => optionsOf(org?.terms.map((t) => ({ id: t.id, name: t.isCurrent ? `${t.name}（本届）` : t.name })), member && { id: member.termId, name: member.termName }),
    [org, member],
  );
  const sectorOptions = useMemo(() => optionsOf(org?.sectors, member && { id: member.sectorId, name: member.sectorName }), [org, member]);
  const partyOptions = useMemo(() => optionsOf(org?.parties, member && { id: member.partyId, name: member.partyName }), [org, member]);
  const groupOptions = useMemo(() => optionsOf(org?.liaisonGroups, member && { id: member.liaisonGroupId, name: member.liaisonGroupName }), [org, member]);
  const studioOptions = useMemo(() => optionsOf(org?.studios, member && { id: member.studioId, name: member.studioName }), [org, member]);
  const committeeOptions = useMemo(() => {
    const options = (org?.specialCommittees ?? []).map((c) => ({ value: c.id, label: c.name }));
    for (const s of member?.specialCommittees ?? []) {
      if (!options.some((o) => o.value === s.specialCommitteeId)) options.push({ value: s.specialCommitteeId, label: s.name });
    }
    return options;
  }, [org, member]);

  const submit = async (values: MemberFormValues) => {
    const parsed = memberInputSchema.safeParse(toRawInput(values));
    if (!parsed.success) {
      showSchemaIssues(form, parsed.error.issues);
      return;
    }
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      if (!placeServerError(form, error)) onError(errorMessage(error));
    }
  };

  return (
    <Form<MemberFormValues> form={form} name={id} layout="vertical" initialValues={initialValues} onFinish={submit} scrollToFirstError>
      {organisation.isError && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`届次、界别等选项加载失败：${errorMessage(organisation.error)}`} />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="姓名" name="name" required rules={rules.name}>
            <Input maxLength={50} autoComplete="off" placeholder="请输入姓名" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="性别" name="gender">
            <Select allowClear placeholder="请选择" options={Object.entries(genderLabels).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="民族" name="ethnicity" rules={rules.ethnicity}>
            <Input maxLength={20} placeholder="如：汉族" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="出生日期" name="birthDate">
            <DatePicker style={{ width: '100%' }} placeholder="请选择日期" disabledDate={(d) => d.isAfter(dayjs())} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="届次" name="termId" required rules={rules.termId}>
            <Select placeholder="请选择届次" options={termOptions} loading={organisation.isLoading} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="界别" name="sectorId" required rules={rules.sectorId}>
            <Select showSearch={{ optionFilterProp: 'label' }} placeholder="请选择界别" options={sectorOptions} loading={organisation.isLoading} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="党派团体" name="partyId">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="请选择党派团体" options={partyOptions} loading={organisation.isLoading} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="联络组" name="liaisonGroupId">
            <Select allowClear placeholder="请选择联络组" options={groupOptions} loading={organisation.isLoading} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="委员工作室" name="studioId">
            <Select allowClear placeholder="请选择委员工作室" options={studioOptions} loading={organisation.isLoading} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label="工作单位及职务" name="employer" rules={rules.employer}>
            <Input maxLength={200} placeholder="如：云州学院教授" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="手机号" name="phone" rules={rules.phone} validateTrigger="onBlur">
            <Input inputMode="numeric" maxLength={11} autoComplete="off" placeholder="11位手机号码" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="常委" name="isStanding" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
      </Row>

      <Form.List
        name="specialCommittees"
        rules={[
          {
            validator: async (_rule, list: MemberFormValues['specialCommittees'] | undefined) => {
              const ids = (list ?? []).map((s) => s?.specialCommitteeId).filter(Boolean);
              if (new Set(ids).size !== ids.length) throw new Error('同一专委会不能重复');
              if ((list ?? []).length > 10) throw new Error('专委会最多10项');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label="专委会" required={false} style={{ marginBottom: 16 }}>
            {fields.length === 0 && <div style={{ color: 'rgba(0,0,0,0.45)', marginBottom: 8 }}>未参加专委会</div>}
            {fields.map((field, index) => (
              <Space key={field.key} align="start" style={{ display: 'flex', width: '100%' }} styles={{ item: { minWidth: 0 } }}>
                <Form.Item
                  name={[field.name, 'specialCommitteeId']}
                  rules={[{ required: true, message: '请选择专委会' }]}
                  style={{ marginBottom: 8, width: '100%' }}
                >
                  <Select aria-label={`第${index + 1}个专委会`} placeholder="请选择专委会" options={committeeOptions} style={{ width: 220, maxWidth: '100%' }} />
                </Form.Item>
                <Form.Item name={[field.name, 'position']} style={{ marginBottom: 8 }}>
                  <Select
                    aria-label={`第${index + 1}个专委会职务`}
                    style={{ width: 100 }}
                    options={SPECIAL_COMMITTEE_POSITIONS.map((p) => ({ value: p, label: positionLabels[p] }))}
                  />
                </Form.Item>
                <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={`删除第${index + 1}个专委会`} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ position: 'member' })} disabled={fields.length >= 10}>
              添加专委会
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>

      <Form.Item label="备注" name="note" rules={rules.note}>
        <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </Form>
  );
}
