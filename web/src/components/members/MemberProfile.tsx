import { genderLabels, positionLabels } from '@domain/members/member-schema';
import { Descriptions, Empty, Table, Tag, Typography, type DescriptionsProps } from 'antd';
import dayjs from 'dayjs';
import { MemberStatusTag } from './MemberTags';
import type { MemberDetail } from './types';

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const orDash = (value: string | null | undefined) => (value ? value : dash);
const formatDate = (value: string | null) => (value ? dayjs(value).format('YYYY年M月D日') : dash);

/** The member's record as label/value pairs; `compact` lays it out in one column for phones. */
export function MemberDescriptions({ member, compact = false, showTimestamps = true }: { member: MemberDetail; compact?: boolean; showTimestamps?: boolean }) {
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: '姓名', children: member.name },
    { key: 'gender', label: '性别', children: member.gender ? genderLabels[member.gender] : dash },
    { key: 'birthDate', label: '出生日期', children: formatDate(member.birthDate) },
    { key: 'ethnicity', label: '民族', children: orDash(member.ethnicity) },
    { key: 'term', label: '届次', children: member.termName },
    { key: 'sector', label: '界别', children: member.sectorName },
    { key: 'party', label: '党派团体', children: orDash(member.partyName) },
    { key: 'isStanding', label: '常委', children: member.isStanding ? '是' : '否' },
    { key: 'liaisonGroup', label: '联络组', children: orDash(member.liaisonGroupName) },
    { key: 'studio', label: '委员工作室', children: orDash(member.studioName) },
    { key: 'employer', label: '工作单位及职务', children: orDash(member.employer), span: compact ? 1 : 2 },
    {
      key: 'phone',
      label: '手机号',
      children: member.phone ? <a href={`tel:${member.phone}`}>{member.phone}</a> : dash,
    },
    { key: 'status', label: '状态', children: <MemberStatusTag status={member.status} /> },
  ];
  if (member.status === 'left') {
    items.push(
      { key: 'leftDate', label: '离任日期', children: formatDate(member.leftDate) },
      { key: 'leftReason', label: '离任原因', children: orDash(member.leftReason) },
    );
  }
  items.push({ key: 'note', label: '备注', children: orDash(member.note), span: compact ? 1 : 2 });
  if (showTimestamps) {
    items.push(
      { key: 'createdAt', label: '建档时间', children: dayjs(member.createdAt).format('YYYY-MM-DD HH:mm') },
      { key: 'updatedAt', label: '最后修改', children: dayjs(member.updatedAt).format('YYYY-MM-DD HH:mm') },
    );
  }
  return (
    <Descriptions
      bordered={!compact}
      size={compact ? 'small' : 'middle'}
      column={compact ? 1 : { xs: 1, sm: 1, md: 2 }}
      items={items}
      styles={{ label: compact ? { flex: 'none', width: '8.5em' } : { whiteSpace: 'nowrap', width: 140 } }}
    />
  );
}

/** 专委会 memberships with the position in each. */
export function MemberSpecialCommittees({ member, compact = false }: { member: MemberDetail; compact?: boolean }) {
  if (member.specialCommittees.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未参加专委会" />;
  }
  if (compact) {
    return (
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {member.specialCommittees.map((s) => (
          <div key={s.specialCommitteeId} style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <span>{s.name}</span>
            <Tag color={s.position === 'member' ? 'default' : 'gold'}>{positionLabels[s.position]}</Tag>
          </div>
        ))}
      </div>
    );
  }
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="specialCommitteeId"
      dataSource={member.specialCommittees}
      columns={[
        { title: '专委会', dataIndex: 'name' },
        {
          title: '职务',
          dataIndex: 'position',
          width: 120,
          render: (p: MemberDetail['specialCommittees'][number]['position']) => <Tag color={p === 'member' ? 'default' : 'gold'}>{positionLabels[p]}</Tag>,
        },
      ]}
    />
  );
}
