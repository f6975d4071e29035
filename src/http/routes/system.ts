import { z } from 'zod';
import { listCommitteesForLogin, pingDatabase } from '../../queries/committees';
import type { App, Deps } from '../app-types';

export function systemRoutes(app: App, deps: Deps) {
  app.get(
    '/api/health',
    { config: { access: { public: true } }, schema: { tags: ['系统'], summary: '健康检查', response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) } } },
    async () => {
      await pingDatabase(deps.db);
      return { status: 'ok' as const, database: deps.dbKind };
    },
  );

  app.get(
    '/api/public/login-info',
    { config: { access: { public: true } }, schema: { tags: ['系统'], summary: '登录页信息：委员会列表；演示模式下的演示账号' } },
    async () => ({
      committees: await listCommitteesForLogin(deps.db),
      demo: deps.config.demo ? demoAccounts : null,
    }),
  );
}

/** Shown on the login page in demo mode only; the same list is in the README. */
export const DEMO_PASSWORD = 'Xieshang@2026';
const demoAccounts = {
  password: DEMO_PASSWORD,
  accounts: [
    { username: 'office', label: '政协办公室' },
    { username: 'proposal', label: '提案委员会' },
    { username: 'committee', label: '专委会工作人员' },
    { username: 'editor', label: '信息编辑' },
    { username: 'leader', label: '领导' },
    { username: 'member', label: '委员' },
    { username: 'unit', label: '承办单位' },
    { username: 'sysadmin', label: '系统管理员' },
    { username: 'secadmin', label: '安全管理员' },
    { username: 'auditor', label: '审计管理员' },
  ],
};
