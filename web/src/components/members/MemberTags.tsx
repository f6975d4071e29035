import { memberStatusLabels } from '@domain/members/member-schema';
import { Tag } from 'antd';
import type { MemberStatus } from './types';

export function MemberStatusTag({ status }: { status: MemberStatus }) {
  return (
    <Tag color={status === 'active' ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
      {memberStatusLabels[status]}
    </Tag>
  );
}

export function StandingTag() {
  return (
    <Tag color="red" style={{ marginInlineEnd: 0 }}>
      常委
    </Tag>
  );
}
