import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from '../config';
import type { DatabaseKind, Db } from '../db/database';
import type { App, Deps } from './app-types';
import { registerAccessControl, type RouteAccess } from './plugins/access';
import { registerErrorHandling } from './plugins/errors';
import { registerRoutes } from './routes';
import { serveWeb } from './static-web';

z.config(z.locales.zhCN());

export type BuildOptions = { db: Db; dbKind: DatabaseKind; config: AppConfig; logger?: boolean; serveWebApp?: boolean };
export type BuiltApp = { app: App; routes: RouteAccess[] };

export async function buildApp(options: BuildOptions): Promise<BuiltApp> {
  const app = Fastify({
    logger: options.logger ? { level: process.env.LOG_LEVEL ?? 'warn' } : false,
    trustProxy: options.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design writes its styles at run time (CSS-in-JS), so inline styles are needed; scripts are not.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: options.config.secureCookies,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '协商 Xieshang API', version: '0.1.0', description: '政协协商工作平台接口。错误格式：{"error":{"code","message","field"}}' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const routes: RouteAccess[] = [];
  const deps: Deps = { db: options.db, dbKind: options.dbKind, config: options.config };
  registerAccessControl(app, options.db, routes);
  registerRoutes(app, deps);
  if (options.serveWebApp !== false) await serveWeb(app, options.config.webDir);
  await app.ready();
  return { app, routes };
}
