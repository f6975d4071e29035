import path from 'node:path';

/** Settings from the environment, read once at start. */
export type AppConfig = {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  /** Served at start when the embedded database is used: demo data and demo accounts on the login page. */
  demo: boolean;
  trustProxy: boolean;
  /** Secure cookies; on by default in production (DATABASE_URL set) since that runs behind HTTPS. */
  secureCookies: boolean;
  loginRateLimit: number;
  webDir: string;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    demo: env.XIESHANG_DEMO ? env.XIESHANG_DEMO === '1' : databaseUrl === null,
    trustProxy: env.TRUST_PROXY === '1',
    secureCookies: env.COOKIE_SECURE ? env.COOKIE_SECURE === '1' : databaseUrl !== null,
    loginRateLimit: Number(env.LOGIN_RATE_LIMIT ?? 30),
    webDir: path.resolve(env.WEB_DIR ?? './dist/web'),
  };
}
