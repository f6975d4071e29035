import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Form, Modal, Select } from 'antd';
import { api } from '../../api/client';
import { applyApiErrorToForm, errorMessage } from '../api-errors';
import type { Organisation } from '../members/types';
import type { UnitCategory } from '@domain/organisation/handling-unit-schema';
import type { PartyKind } from '@domain/organisation/organisation-schemas';
import { guessLeadKind, guessPartyKind } from '@domain/plans/name-matching';
import { partyKindOptions, unitCategoryOptions } from '../admin/labels';

export type NameToLink = { name: string; role: 'lead' | 'consulted' };
type LeadKind = 'special_committee' | 'party' | 'sector' | 'liaison_group';
type Values = { target?: string; create?: boolean; newKind?: LeadKind; category?: UnitCategory; partyKind?: PartyKind; remember: boolean };

const leadKindOptions: { value: LeadKind; label: string }[] = [
  { value: 'special_committee', label: '专门委员会' },
  { value: 'party', label: '党派团体' },
  { value: 'sector', label: '界别' },
  { value: 'liaison_group', label: '联络组' },
];

/**
 * Links a name the organisation did not know to one of its records, in every item of the plan where the name
 * appears; remembered, the next import links it by itself. Lead bodies are special committees, parties, sectors or
 * liaison groups; consulted departments are handling units. A body the organisation lacks is created under the name.
 */
export function LinkNameModal({ planId, target, onClose }: { planId: string; target: NameToLink | null; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const role = target?.role;
  const organisation = useQuery({ queryKey: ['organisation'], queryFn: () => api.get<Organisation>('/api/organisation'), staleTime: 5 * 60_000, enabled: role === 'lead' });
  const units = useQuery({ queryKey: ['units', 'all'], queryFn: () => api.get<{ id: string; name: string }[]>('/api/units'), enabled: role === 'consulted' });
  const org = organisation.data;
  type Option = { value: string; label: string };
  const options: (Option | { label: string; options: Option[] })[] =
    role === 'lead'
      ? [
          { label: '专门委员会', options: (org?.specialCommittees ?? []).map((r) => ({ value: `special_committee:${r.id}`, label: r.name })) },
          { label: '党派团体', options: (org?.parties ?? []).map((r) => ({ value: `party:${r.id}`, label: r.name })) },
          { label: '界别', options: (org?.sectors ?? []).map((r) => ({ value: `sector:${r.id}`, label: r.name })) },
          { label: '联络组', options: (org?.liaisonGroups ?? []).map((r) => ({ value: `liaison_group:${r.id}`, label: r.name })) },
        ]
      : (Array.isArray(units.data) ? units.data : []).map((u) => ({ value: `handling_unit:${u.id}`, label: u.name }));

  const link = useMutation({
    mutationFn: (values: Values) => {
      if (values.create) {
        const kind = role === 'lead' ? values.newKind : 'handling_unit';
        return api.post<{ linked: number }>(`/api/plans/${planId}/name-links`, {
          name: target!.name,
          role,
          kind,
          create: { category: values.category, partyKind: values.partyKind },
          remember: values.remember,
        });
      }
      const [kind, id] = (values.target ?? '').split(':');
      return api.post<{ linked: number }>(`/api/plans/${planId}/name-links`, { name: target!.name, role, kind, id, remember: values.remember });
    },
    onSuccess: async ({ linked }) => {
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      await queryClient.invalidateQueries({ queryKey: [role === 'lead' ? 'organisation' : 'units'] });
      message.success(`已关联 ${linked} 处`);
      onClose();
    },
    onError: (error) => {
      if (!applyApiErrorToForm(form, error)) message.error(errorMessage(error));
    },
  });

  return (
    <Modal
      title={target ? `关联“${target.name}”` : ''}
      open={target !== null}
      onCancel={onClose}
      afterClose={() => form.resetFields()}
      onOk={() => form.submit()}
      okText="关联"
      confirmLoading={link.isPending}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`机构库中没有“${target?.name ?? ''}”这个名称。关联后，计划中所有写作这个名称的${role === 'lead' ? '承办单位' : '协商部门'}都指向所选机构，文字保持原样。机构库中确实没有的，可以在这里按原名新建。`}
      />
      <Form form={form} name="linkName" layout="vertical" initialValues={{ remember: true, category: 'government', newKind: guessLeadKind(target?.name ?? ''), partyKind: guessPartyKind(target?.name ?? '') }} onFinish={(values) => link.mutate(values)}>
        <Form.Item name="create" valuePropName="checked">
          <Checkbox>{role === 'lead' ? '组织机构中没有' : '承办单位中没有'}，按“{target?.name}”新建</Checkbox>
        </Form.Item>
        <Form.Item noStyle dependencies={['create', 'newKind']}>
          {() =>
            !form.getFieldValue('create') ? (
              <Form.Item name="target" label="关联到" rules={[{ required: true, message: '请选择关联的机构' }]}>
                <Select showSearch={{ optionFilterProp: 'label' }} options={options} loading={organisation.isLoading || units.isLoading} placeholder="输入名称查找" />
              </Form.Item>
            ) : role === 'consulted' ? (
              <Form.Item name="category" label="单位类别" rules={[{ required: true, message: '请选择单位类别' }]}>
                <Select options={unitCategoryOptions} />
              </Form.Item>
            ) : (
              <>
                <Form.Item name="newKind" label="机构类型" rules={[{ required: true, message: '请选择机构类型' }]}>
                  <Select options={leadKindOptions} />
                </Form.Item>
                {form.getFieldValue('newKind') === 'party' && (
                  <Form.Item name="partyKind" label="党派团体类别" rules={[{ required: true, message: '请选择党派团体类别' }]}>
                    <Select options={partyKindOptions} />
                  </Form.Item>
                )}
              </>
            )
          }
        </Form.Item>
        <Form.Item name="remember" valuePropName="checked">
          <Checkbox>记住这个写法，今后导入计划时自动关联</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
