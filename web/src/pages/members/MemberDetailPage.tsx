import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useMe } from '../../auth/session';
import { errorMessage } from '../../components/api-errors';
import { MemberActions } from '../../components/members/MemberActions';
import { MemberFormDrawer } from '../../components/members/MemberFormDrawer';
import { MemberDescriptions, MemberSpecialCommittees } from '../../components/members/MemberProfile';
import { MembersConfig } from '../../components/members/MembersConfig';
import { MemberStatusTag, StandingTag } from '../../components/members/MemberTags';
import { useMember } from '../../components/members/queries';
import { ForbiddenResult } from '../NotFoundPage';

/** /members/:id — the full record of one member, with the actions the server allows. */
export default function MemberDetailPage() {
  return (
    <MembersConfig>
      <MemberDetail />
    </MembersConfig>
  );
}

function MemberDetail() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const member = useMember(id);
  const [editing, setEditing] = useState(false);
  const listPath = me.abilities.members.list ? '/members' : '/';

  // Back keeps the list's filters and page when the user came from it; a fresh tab goes to the list.
  const goBack = () => (location.key !== 'default' ? navigate(-1) : navigate(listPath));
  const backButton = (
    <Button type="text" icon={<ArrowLeftOutlined />} onClick={goBack} style={{ paddingInline: 4 }}>
      返回
    </Button>
  );

  if (member.isLoading) {
    return (
      <Card aria-busy="true" aria-label="正在加载委员信息">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (member.error) {
    const status = member.error instanceof ApiError ? member.error.status : 0;
    if (status === 403) return <ForbiddenResult />;
    if (status === 404 || status === 400) {
      return (
        <Result
          status="404"
          title="委员不存在"
          subTitle="该委员记录不存在，或不属于本委员会。"
          extra={
            <Link to={listPath}>
              <Button type="primary">{me.abilities.members.list ? '返回委员列表' : '返回工作台'}</Button>
            </Link>
          }
        />
      );
    }
    return (
      <Result
        status="error"
        title="委员信息加载失败"
        subTitle={errorMessage(member.error)}
        extra={
          <Button type="primary" onClick={() => member.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  const data = member.data;
  if (!data) return null;

  return (
    <>
      {backButton}
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', margin: '8px 0 16px' }}>
        <Space size={8} wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {data.name}
          </Typography.Title>
          {data.isStanding && <StandingTag />}
          <MemberStatusTag status={data.status} />
          <Typography.Text type="secondary">
            {data.termName} · {data.sectorName}
          </Typography.Text>
        </Space>
        <MemberActions member={data} onEdit={() => setEditing(true)} variant="button" />
      </div>

      <Card title="基本信息" size={isPhone ? 'small' : undefined} style={{ marginBottom: 16 }}>
        <MemberDescriptions member={data} compact={isPhone} />
      </Card>
      <Card title="专委会" size={isPhone ? 'small' : undefined}>
        <MemberSpecialCommittees member={data} compact={isPhone} />
      </Card>

      {data.abilities.update && <MemberFormDrawer open={editing} memberId={data.id} onClose={() => setEditing(false)} />}
    </>
  );
}
