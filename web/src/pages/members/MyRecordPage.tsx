import { PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useMe } from '../../auth/session';
import { errorMessage } from '../../components/api-errors';
import { MemberDescriptions, MemberSpecialCommittees } from '../../components/members/MemberProfile';
import { MembersConfig } from '../../components/members/MembersConfig';
import { MemberStatusTag, StandingTag } from '../../components/members/MemberTags';
import { useMember } from '../../components/members/queries';
import { ForbiddenResult } from '../NotFoundPage';

/** /my-record — a member's own record, laid out for a phone first (one column, large name, short rows). */
export default function MyRecordPage() {
  const me = useMe();
  const memberId = me.user.memberId;
  const member = useMember(memberId);

  if (!memberId) {
    return (
      <Result
        status="info"
        title="您的账号尚未关联委员档案"
        subTitle="如您是本届政协委员，请联系政协办公室关联账号。"
        extra={
          <Link to="/">
            <Button type="primary">返回工作台</Button>
          </Link>
        }
      />
    );
  }
  if (member.isLoading) {
    return (
      <Card aria-busy="true" aria-label="正在加载我的档案" style={{ maxWidth: 720, margin: '0 auto' }}>
        <Skeleton active avatar paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (member.error) {
    const status = member.error instanceof ApiError ? member.error.status : 0;
    if (status === 403) return <ForbiddenResult />;
    return (
      <Result
        status={status === 404 ? '404' : 'error'}
        title={status === 404 ? '未找到您的委员档案' : '档案加载失败'}
        subTitle={status === 404 ? '请联系政协办公室核实。' : errorMessage(member.error)}
        extra={
          status === 404 ? undefined : (
            <Button type="primary" onClick={() => member.refetch()}>
              重试
            </Button>
          )
        }
      />
    );
  }
  const data = member.data;
  if (!data) return null;

  return (
    <MembersConfig>
      <div style={{ maxWidth: 720, margin: '0 auto', display: 'flex', flexDirection: 'column', gap: 12 }}>
        <Card styles={{ body: { padding: 16 } }} style={{ background: 'linear-gradient(135deg, #b71c1c 0%, #d84343 100%)', border: 'none' }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 14 }}>
            <div
              aria-hidden
              style={{
                width: 56,
                height: 56,
                borderRadius: '50%',
                background: 'rgba(255,255,255,0.2)',
                color: '#fff',
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                fontSize: 24,
                flex: 'none',
              }}
            >
              {data.name.slice(0, 1)}
            </div>
            <div style={{ minWidth: 0, flex: 1 }}>
              <Typography.Title level={3} style={{ margin: 0, color: '#fff' }}>
                {data.name}
              </Typography.Title>
              <div style={{ color: 'rgba(255,255,255,0.9)', marginTop: 2 }}>
                {data.termName}政协委员 · {data.sectorName}
              </div>
              <Space size={6} style={{ marginTop: 6 }} wrap>
                {data.isStanding && <StandingTag />}
                <MemberStatusTag status={data.status} />
                {data.partyName && <span style={{ color: 'rgba(255,255,255,0.9)' }}>{data.partyName}</span>}
              </Space>
            </div>
          </div>
        </Card>

        <Card title="我的档案" size="small">
          <MemberDescriptions member={data} compact showTimestamps={false} />
        </Card>
        <Card title="所在专委会" size="small">
          <MemberSpecialCommittees member={data} compact />
        </Card>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, textAlign: 'center', margin: '4px 0 16px' }}>
          <PhoneOutlined /> 如档案信息有误，请联系政协办公室更正。
        </Typography.Paragraph>
      </div>
    </MembersConfig>
  );
}
