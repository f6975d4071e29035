import { Button, Flex, Grid, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { ForbiddenResult } from '../../pages/NotFoundPage';
import { errorMessage } from '../api-errors';

/** Phones and narrow tablets (< 768 px): forms stack, tables scroll sideways, drawers take the whole width. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a desktop, as the layout does.
  return screens.md === false;
}

/** The width of a form drawer: comfortable on a desktop, the full screen on a phone. */
export function useDrawerSize(desktop = 560): number | string {
  return useIsPhone() ? '100%' : desktop;
}

/** A page's title line with its actions on the right; the actions wrap under the title on a phone. */
export function PageHeader({ title, description, extra }: { title: ReactNode; description?: ReactNode; extra?: ReactNode }) {
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {description && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {description}
          </Typography.Text>
        )}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}

/** A page whose data could not be loaded: 403 as "no permission", anything else with a retry button. */
export function QueryErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 403) return <ForbiddenResult />;
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={errorMessage(error)}
      extra={onRetry && (
        <Button type="primary" onClick={onRetry}>
          重试
        </Button>
      )}
    />
  );
}
