import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client';
import type { MemberDetail, Organisation } from './types';

export const memberKeys = {
  all: ['members'] as const,
  list: (params: Record<string, unknown>) => ['members', 'list', params] as const,
  detail: (id: string) => ['members', 'detail', id] as const,
};

/** The committee's terms, sectors, parties … for selects; changes rarely, so it is kept for a few minutes. */
export function useOrganisation() {
  return useQuery({
    queryKey: ['organisation'],
    queryFn: () => api.get<Organisation>('/api/organisation'),
    staleTime: 5 * 60_000,
  });
}

export function useMember(id: string | null | undefined) {
  return useQuery({
    queryKey: memberKeys.detail(id ?? ''),
    queryFn: () => api.get<MemberDetail>(`/api/members/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

/** Refreshes every member list and record after a change. */
export function useInvalidateMembers() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: memberKeys.all }), [queryClient]);
}
