import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorMessage } from '../api-errors';
import { LeaveMemberModal } from './LeaveMemberModal';
import { useInvalidateMembers } from './queries';
import type { MemberAbilities } from './types';

type MemberActionsProps = {
  member: { id: string; name: string; abilities: MemberAbilities };
  /** Opens the edit form (the page owns the drawer, so one drawer serves every row). */
  onEdit: (id: string) => void;
  /** 'link' in table rows, 'button' on the detail page. */
  variant?: 'link' | 'button';
};

/** 编辑 / 离任 / 恢复在任, each drawn only when the server's abilities for this member allow it. */
export function MemberActions({ member, onEdit, variant = 'link' }: MemberActionsProps) {
  const { message } = App.useApp();
  const invalidate = useInvalidateMembers();
  const [leaving, setLeaving] = useState(false);
  const reinstate = useMutation({
    mutationFn: () => api.post(`/api/members/${member.id}/reinstate`),
    onSuccess: async () => {
      await invalidate();
      message.success(`已恢复委员“${member.name}”为在任`);
    },
    onError: (error) => message.error(errorMessage(error)),
  });
  const { update, markLeft, reinstate: canReinstate } = member.abilities;
  if (!update && !markLeft && !canReinstate) return null;

  const link = variant === 'link';
  const size = link ? 'small' : 'middle';
  return (
    <>
      <Space size={link ? 0 : 8} wrap>
        {update && (
          <Button type={link ? 'link' : 'primary'} size={size} onClick={() => onEdit(member.id)} aria-label={link ? `编辑${member.name}` : undefined}>
            编辑
          </Button>
        )}
        {markLeft && (
          <Button type={link ? 'link' : 'default'} danger size={size} onClick={() => setLeaving(true)} aria-label={link ? `${member.name}离任` : undefined}>
            离任
          </Button>
        )}
        {canReinstate && (
          <Popconfirm
            title="恢复在任"
            description={`确定将“${member.name}”恢复为在任委员吗？离任日期和原因将被清除。`}
            okText="恢复在任"
            cancelText="取消"
            onConfirm={() => reinstate.mutateAsync().catch(() => undefined)}
          >
            <Button type={link ? 'link' : 'default'} size={size} loading={reinstate.isPending} aria-label={link ? `恢复${member.name}在任` : undefined}>
              恢复在任
            </Button>
          </Popconfirm>
        )}
      </Space>
      <LeaveMemberModal member={leaving ? member : null} onClose={() => setLeaving(false)} />
    </>
  );
}
