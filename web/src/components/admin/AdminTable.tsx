import { Card, Empty, Flex, Pagination, Spin, Table, Typography, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useState, type Key, type ReactNode } from 'react';
import { useIsPhone } from './layout';

/** A column, with what makes its cell empty for a record, so that a phone's card can leave the line out. */
export type AdminColumn<T> = ColumnType<T> & { blank?: (item: T) => boolean };

type Props<T> = Omit<TableProps<T>, 'columns' | 'rowKey'> & {
  columns: AdminColumn<T>[];
  rowKey: keyof T & string;
  /** The card's heading on a phone; the column with this key is not repeated in the card body. */
  cardTitleKey: string;
  /** The accessible name of the phone's card list, e.g. 用户列表. */
  listLabel: string;
};

const keyOf = <T,>(column: ColumnType<T>) => String(column.key ?? column.dataIndex ?? '');

function cellOf<T>(column: ColumnType<T>, item: T, index: number): ReactNode {
  const value = typeof column.dataIndex === 'string' ? (item as Record<string, unknown>)[column.dataIndex] : undefined;
  if (column.render) return column.render(value, item, index) as ReactNode;
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A management table on a desktop, a list of cards on a phone (< 768 px): one column definition for both.
 * On the card, the title column is the heading, the column keyed "actions" the footer, the rest label–value lines.
 */
export function AdminTable<T extends object>({ columns, rowKey, cardTitleKey, listLabel, dataSource, loading, pagination, locale, ...rest }: Props<T>) {
  const isPhone = useIsPhone();
  const [localPage, setLocalPage] = useState(1);
  if (!isPhone) {
    const tableColumns = columns.map(({ blank: _blank, ...column }) => column);
    return <Table<T> rowKey={rowKey} columns={tableColumns} dataSource={dataSource} loading={loading} pagination={pagination} locale={locale} scroll={{ x: 'max-content' }} {...rest} />;
  }

  const items = [...(dataSource ?? [])];
  const titleColumn = columns.find((c) => keyOf(c) === cardTitleKey);
  const actionsColumn = columns.find((c) => keyOf(c) === 'actions');
  // A column marked responsive without 'xs' (e.g. 排序) stays off the phone, as it would in a table.
  const bodyColumns = columns.filter((c) => c !== titleColumn && c !== actionsColumn && (!c.responsive || c.responsive.includes('xs')));
  const isBlank = (column: AdminColumn<T>, item: T) => {
    if (column.blank) return column.blank(item);
    if (typeof column.dataIndex !== 'string') return false;
    const value = (item as Record<string, unknown>)[column.dataIndex];
    return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  };

  // Server paging (total given) or local paging of the whole list.
  const paging = pagination === false || pagination === undefined ? null : pagination;
  const serverPaged = paging?.total !== undefined && paging.onChange !== undefined && paging.current !== undefined;
  const pageSize = paging?.pageSize ?? 20;
  const current = serverPaged ? paging!.current! : localPage;
  const shown = serverPaged || !paging ? items : items.slice((current - 1) * pageSize, current * pageSize);
  const total = serverPaged ? paging!.total! : items.length;

  return (
    <Spin spinning={Boolean(loading)}>
      {shown.length === 0 ? (
        <Card size="small">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={(locale?.emptyText as ReactNode) ?? '暂无数据'} />
        </Card>
      ) : (
        <Flex vertical gap={8} role="list" aria-label={listLabel}>
          {shown.map((item, index) => (
            <Card
              key={(item as Record<string, unknown>)[rowKey] as Key}
              role="listitem"
              size="small"
              title={titleColumn ? cellOf(titleColumn, item, index) : undefined}
              styles={{ body: { padding: '8px 12px' } }}
            >
              {bodyColumns
                .filter((column) => !isBlank(column, item))
                .map((column) => (
                  <Flex key={keyOf(column)} gap={8} style={{ padding: '2px 0' }}>
                    <Typography.Text type="secondary" style={{ flex: '0 0 72px' }}>
                      {column.title as ReactNode}
                    </Typography.Text>
                    <div style={{ flex: 1, minWidth: 0, wordBreak: 'break-word' }}>{cellOf(column, item, index)}</div>
                  </Flex>
                ))}
              {actionsColumn && <div style={{ borderTop: '1px solid #f0f0f0', marginTop: 6, paddingTop: 4 }}>{cellOf(actionsColumn, item, index)}</div>}
            </Card>
          ))}
        </Flex>
      )}
      {paging && total > pageSize && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Pagination
            simple
            current={current}
            pageSize={pageSize}
            total={total}
            onChange={(page, size) => (serverPaged ? paging.onChange!(page, size) : setLocalPage(page))}
          />
        </Flex>
      )}
      {paging && typeof paging.showTotal === 'function' && (
        <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center', marginTop: 4 }}>
          {paging.showTotal(total, [(current - 1) * pageSize + 1, Math.min(current * pageSize, total)])}
        </Typography.Text>
      )}
    </Spin>
  );
}
