import { useQuery } from '@tanstack/react-query';
import { Alert, Skeleton, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useMe } from '../../auth/session';
import { EditableList } from '../../components/admin/EditableList';
import { PageHeader, QueryErrorResult } from '../../components/admin/layout';
import type { Organisation } from '../../components/admin/types';
import { KIND_DEFS } from './kinds';

const EMPTY: Organisation = { terms: [], sessions: [], specialCommittees: [], sectors: [], parties: [], liaisonGroups: [], studios: [] };

const TABS = [
  { key: 'terms', label: '届次与会议', kinds: ['terms', 'sessions'] },
  { key: 'special-committees', label: '专门委员会', kinds: ['special-committees'] },
  { key: 'sectors', label: '界别', kinds: ['sectors'] },
  { key: 'parties', label: '党派团体', kinds: ['parties'] },
  { key: 'liaison-groups', label: '联络组', kinds: ['liaison-groups'] },
  { key: 'studios', label: '委员工作室', kinds: ['studios'] },
] as const;

/** 组织机构: the committee's terms and sessions, special committees, sectors, parties, liaison groups and studios. */
export default function OrganisationPage() {
  const me = useMe();
  const canManage = me.abilities.organisation.manage;
  const [params, setParams] = useSearchParams();
  const active = TABS.some((t) => t.key === params.get('tab')) ? params.get('tab')! : TABS[0].key;
  const query = useQuery({ queryKey: ['organisation'], queryFn: () => api.get<Organisation>('/api/organisation') });

  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => query.refetch()} />;
  const org = { ...EMPTY, ...query.data };

  return (
    <>
      <PageHeader
        title="组织机构"
        description={canManage ? '维护本会的届次、专门委员会、界别、党派团体、联络组和委员工作室；委员档案和各项业务从这里选择。' : '本会的届次、专门委员会、界别、党派团体、联络组和委员工作室。'}
      />
      {!canManage && <Alert type="info" showIcon title="只读：组织机构由政协办公室维护。" style={{ marginBottom: 16 }} />}
      {query.isLoading ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Tabs
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={TABS.map((tab) => ({
            key: tab.key,
            label: tab.label,
            children: tab.kinds.map((kind) => (
              <EditableList key={kind} def={KIND_DEFS[kind]} org={org} canManage={canManage} />
            )),
          }))}
        />
      )}
    </>
  );
}
