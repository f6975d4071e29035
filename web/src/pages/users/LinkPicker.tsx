import { useQuery } from '@tanstack/react-query';
import { Input, Select, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { api, ApiError, toQuery } from '../../api/client';

type Props = {
  kind: 'member' | 'unit' | 'special_committee';
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The name of the record linked now, shown before any search. */
  currentLabel?: string | null;
  disabled?: boolean;
  id?: string;
  /** Whether the caller's role may search the member and unit lists; when not, they are not even asked (a refusal is audited). */
  canSearch: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Found = { value: string; label: string; hint?: string | null };

/** The system administrator's own lookup: names to link, without the member list's personal data. */
async function search(kind: Props['kind'], q: string): Promise<Found[]> {
  const options = await api.get<{ id: string; name: string; hint: string | null; linkedTo: string | null }[]>(`/api/users/link-options${toQuery({ kind, q })}`);
  return options.map((o) => ({ value: o.id, label: o.name, hint: [o.hint, o.linkedTo ? `已关联账号 ${o.linkedTo}` : null].filter(Boolean).join(' · ') }));
}

/**
 * Picks the member or unit an account is linked to, searching by name. When the caller's role may not read
 * the member or unit lists (the system administrator, by 三员分立), it falls back to the record's number (UUID),
 * which the office can give.
 */
export function LinkPicker({ kind, value, onChange, currentLabel, disabled, id, canSearch }: Props) {
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q);
  const noun = { member: '委员', unit: '承办单位', special_committee: '专委会' }[kind];
  const query = useQuery({ queryKey: ['link-picker', kind, deferred], queryFn: () => search(kind, deferred), staleTime: 30_000, enabled: canSearch });
  const refused = !canSearch || (query.error instanceof ApiError && query.error.status === 403);

  if (refused) {
    return (
      <>
        <Input
          id={id}
          value={value ?? ''}
          disabled={disabled}
          onChange={(e) => onChange?.(e.target.value.trim() || null)}
          placeholder={`粘贴${noun}编号（UUID）`}
          status={value && !UUID.test(value) ? 'error' : undefined}
          allowClear
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {currentLabel ? `当前关联：${currentLabel}。` : ''}您的角色不能查阅{noun}名单，请向政协办公室索取{noun}编号后粘贴。
        </Typography.Text>
      </>
    );
  }

  const options = (query.data ?? []).map((f) => ({
    value: f.value,
    label: f.label,
    hint: f.hint,
  }));
  if (value && currentLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: currentLabel, hint: '当前关联' });

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      allowClear
      disabled={disabled}
      placeholder={`输入姓名或名称搜索${noun}`}
      loading={query.isFetching}
      notFoundContent={query.isFetching ? '正在搜索…' : query.isError ? '搜索失败' : `没有找到${noun}`}
      options={options}
      optionRender={(option) => (
        <span>
          {option.data.label}
          {option.data.hint && (
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {option.data.hint}
            </Typography.Text>
          )}
        </span>
      )}
    />
  );
}
