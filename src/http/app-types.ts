import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CommandContext } from '../commands/context';
import type { AppConfig } from '../config';
import type { DatabaseKind, Db } from '../db/database';
import { actorOf } from './plugins/access';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What route modules receive: the database and the settings. */
export type Deps = { db: Db; dbKind: DatabaseKind; config: AppConfig };

/** The command context of an authenticated request. */
export function contextOf(deps: Deps, request: FastifyRequest): CommandContext {
  return { db: deps.db, actor: actorOf(request), ip: request.ip };
}
