import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database';
import { recordAudit } from '../../db/audit';
import type { Actor } from '../../domain/actor';
import { AuditAction } from '../../domain/audit-actions';
import type { Role } from '../../domain/roles';
import { AppError, ErrorCode } from '../../errors/app-error';
import { lookupSession } from '../../queries/session';
import { parseSessionCookie, SESSION_COOKIE } from '../../security/session-token';

/**
 * Who may call a route, declared on the route itself. Every /api route must declare one (checked at start),
 * and the permission test reads these declarations back to try every route with every role.
 */
export type Access =
  | { public: true }
  /** Any logged-in user; the command or query narrows further (e.g. a member sees only their own record). */
  | { authenticated: true; allowWithExpiredPassword?: boolean }
  | { roles: readonly Role[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionTokenHash: string | null;
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type RouteAccess = { method: string; url: string; access: Access };

export function registerAccessControl(app: FastifyInstance, db: Db, routes: RouteAccess[]) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`路由 ${String(route.method)} ${route.url} 没有声明访问权限`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, access });
    }
  });

  // preValidation: who you are and whether your role may call this come before any complaint about the input.
  app.addHook('preValidation', async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (!access || 'public' in access) return;
    await authenticate(db, request, reply, access);
  });
}

async function authenticate(db: Db, request: FastifyRequest, reply: FastifyReply, access: Exclude<Access, { public: true }>) {
  const parsed = parseSessionCookie(request.cookies[SESSION_COOKIE]);
  if (!parsed) throw new AppError(ErrorCode.Unauthenticated, '请先登录');
  const session = await lookupSession(db, parsed.committeeId, parsed.tokenHash);
  if (session.status !== 'ok') {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    throw new AppError(ErrorCode.Unauthenticated, session.status === 'expired' ? '长时间未操作，登录已超时，请重新登录' : '请先登录');
  }
  if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
    throw new AppError(ErrorCode.CsrfFailed, '请求校验失败，请刷新页面后重试');
  }
  request.actor = session.actor;
  request.sessionTokenHash = parsed.tokenHash;
  request.csrfToken = session.csrfToken;
  const exempt = 'authenticated' in access && access.allowWithExpiredPassword;
  if ((session.passwordExpired || session.mustChangePassword) && !exempt) {
    throw new AppError(ErrorCode.Forbidden, session.mustChangePassword ? '请先修改初始密码' : '密码已过期，请先修改密码');
  }
  if ('roles' in access && !session.actor.roles.some((r) => access.roles.includes(r))) {
    await recordAudit(db, {
      committeeId: session.actor.committeeId,
      actorUserId: session.actor.userId,
      actorName: session.actor.displayName,
      action: AuditAction.AccessDenied,
      objectType: 'endpoint',
      objectLabel: `${request.method} ${request.routeOptions.url}`,
      result: 'denied',
      ip: request.ip,
    });
    throw new AppError(ErrorCode.Forbidden, '没有权限访问此功能');
  }
}

/** The actor of a route that declared roles or authenticated access; the access hook has already refused anyone else. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(ErrorCode.Unauthenticated, '请先登录');
  return request.actor;
}
