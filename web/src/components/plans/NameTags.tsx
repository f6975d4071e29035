import { Select, Space, Tag, Tooltip } from 'antd';

/**
 * A tag input of organisation names (承办单位, 协商部门). Names the organisation lists are plain tags; names it does
 * not know carry an orange 未关联 tag, so staff see what will be saved as bare text.
 */
export function NameTagsInput({
  value,
  onChange,
  isLinked,
  placeholder,
  onFocus,
  ariaLabel,
}: {
  value: string[];
  onChange: (names: string[]) => void;
  isLinked: (name: string) => boolean;
  placeholder?: string;
  onFocus?: () => void;
  ariaLabel?: string;
}) {
  return (
    <Select
      mode="tags"
      aria-label={ariaLabel}
      value={value}
      onChange={(names: string[]) => onChange(names.map((n) => n.trim()).filter(Boolean))}
      onFocus={onFocus}
      tokenSeparators={['、', '，', ',']}
      placeholder={placeholder}
      open={false}
      suffixIcon={null}
      style={{ width: '100%', minWidth: 180 }}
      tagRender={({ label, value: name, closable, onClose }) => (
        <Tag closable={closable} onClose={onClose} style={{ marginInlineEnd: 4, marginBlock: 2, whiteSpace: 'normal' }}>
          <Space size={2} wrap>
            {label}
            {!isLinked(String(name)) && (
              <Tooltip title="机构库中没有这个名称，将按文字保存">
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  未关联
                </Tag>
              </Tooltip>
            )}
          </Space>
        </Tag>
      )}
    />
  );
}

/** Read-only names with the same 未关联 mark; with `onLink`, the mark is a button to link the name. */
export function NameTags({ names, onLink }: { names: { name: string; linked: boolean }[]; onLink?: (name: string) => void }) {
  if (!names.length) return <span>—</span>;
  return (
    <Space size={[4, 4]} wrap>
      {names.map((n) => (
        <Tag key={n.name} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {n.name}
          {!n.linked &&
            (onLink ? (
              <Tooltip title="机构库中没有这个名称，点击关联">
                <Tag color="orange" style={{ marginInlineStart: 4, marginInlineEnd: 0, cursor: 'pointer' }} role="button" aria-label={`关联 ${n.name}`} onClick={() => onLink(n.name)}>
                  未关联
                </Tag>
              </Tooltip>
            ) : (
              <Tag color="orange" style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>
                未关联
              </Tag>
            ))}
        </Tag>
      ))}
    </Space>
  );
}
