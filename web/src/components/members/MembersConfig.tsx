import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * The member pages keep button text as written ("保存", not antd's spaced "保 存"), so that a button's
 * accessible name is the word users and browser tests look for.
 */
export function MembersConfig({ children }: { children: ReactNode }) {
  return <ConfigProvider button={{ autoInsertSpace: false }}>{children}</ConfigProvider>;
}
