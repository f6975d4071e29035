import { z } from 'zod';
import { changePassword } from '../../commands/auth/change-password';
import { login } from '../../commands/auth/login';
import { logout } from '../../commands/auth/logout';
import { currentUser } from '../../queries/current-user';
import { SESSION_COOKIE } from '../../security/session-token';
import { contextOf, type App, type Deps } from '../app-types';
import { actorOf } from '../plugins/access';

export const loginBody = z.object({
  committeeCode: z.string().trim().min(1, '请选择委员会'),
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});

export function authRoutes(app: App, deps: Deps) {
  app.post(
    '/api/auth/login',
    { config: { access: { public: true } }, schema: { tags: ['登录'], summary: '登录', body: loginBody } },
    async (request, reply) => {
      const result = await login(deps.db, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        loginRateLimit: deps.config.loginRateLimit,
      });
      reply.setCookie(SESSION_COOKIE, result.cookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.config.secureCookies,
      });
      return currentUser(deps.db, { committeeId: result.committeeId, userId: result.userId }, result.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: { authenticated: true, allowWithExpiredPassword: true } }, schema: { tags: ['登录'], summary: '退出登录' } },
    async (request, reply) => {
      await logout(deps.db, contextOf(deps, request), request.sessionTokenHash ?? '');
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: { authenticated: true, allowWithExpiredPassword: true } }, schema: { tags: ['登录'], summary: '当前用户' } },
    async (request) => {
      return currentUser(deps.db, actorOf(request), request.csrfToken ?? '');
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: { authenticated: true, allowWithExpiredPassword: true } },
      schema: {
        tags: ['登录'],
        summary: '修改本人密码',
        body: z.object({ oldPassword: z.string().min(1, '请输入原密码'), newPassword: z.string().min(1, '请输入新密码').max(128) }),
      },
    },
    async (request) => {
      await changePassword(contextOf(deps, request), request.body);
      return { ok: true };
    },
  );
}
