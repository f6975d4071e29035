import type { MemberInput } from '@domain/members/member-schema';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Grid, Result, Space, Spin } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorMessage } from '../api-errors';
import { MemberForm } from './MemberForm';
import { useInvalidateMembers, useMember } from './queries';

type MemberFormDrawerProps = {
  open: boolean;
  /** The member to edit; null for 新增委员. */
  memberId: string | null;
  onClose: () => void;
  /** After a successful save, with the member's id and whether it was new. */
  onSaved?: (id: string, created: boolean) => void;
};

const FORM_ID = 'member-form';

/** 新增委员 / 编辑委员 in a side drawer (full width on phones); the form is rebuilt on every opening. */
export function MemberFormDrawer({ open, memberId, onClose, onSaved }: MemberFormDrawerProps) {
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const invalidate = useInvalidateMembers();
  const member = useMember(open ? memberId : null);
  const [formError, setFormError] = useState<string | null>(null);
  const editing = memberId !== null;

  const save = useMutation({
    mutationFn: async (input: MemberInput) => {
      if (editing) {
        await api.put(`/api/members/${memberId}`, input);
        return memberId;
      }
      return (await api.post<{ id: string }>('/api/members', input)).id;
    },
  });

  const submit = async (input: MemberInput) => {
    setFormError(null);
    const id = await save.mutateAsync(input);
    await invalidate();
    message.success(editing ? `已保存委员“${input.name}”的信息` : `已新增委员“${input.name}”`);
    onSaved?.(id, !editing);
    onClose();
  };

  const loading = editing && member.isLoading;
  const failed = editing && member.isError;

  return (
    <Drawer
      title={editing ? `编辑委员${member.data ? `：${member.data.name}` : ''}` : '新增委员'}
      open={open}
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      afterOpenChange={(visible) => !visible && setFormError(null)}
      mask={{ closable: false }}
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" htmlType="submit" form={FORM_ID} loading={save.isPending} disabled={loading || failed}>
            保存
          </Button>
        </Space>
      }
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />}
      {loading ? (
        <Spin description="正在加载委员信息…" style={{ display: 'block', margin: '80px auto' }} />
      ) : failed ? (
        <Result status="error" title="委员信息加载失败" subTitle={errorMessage(member.error)} />
      ) : (
        <MemberForm id={FORM_ID} member={editing ? member.data : undefined} onSubmit={submit} onError={setFormError} />
      )}
    </Drawer>
  );
}
