import { readConfig } from '../config';
import { migrate } from '../db/migrate';
import { openConfiguredDatabase } from '../db/open-from-config';
import { buildApp } from '../http/app';
import { seedDemo } from '../seed/demo';
import { ensureWebBuilt } from './web-build';

/** npm start: build the web app if needed, open and migrate the database, create the demo committee in demo mode, listen. */
export async function runStart(options: { logger: boolean; skipWebBuild?: boolean }) {
  const config = readConfig();
  if (!options.skipWebBuild) await ensureWebBuilt(config.webDir);
  const handle = await openConfiguredDatabase(config);
  await migrate(handle.db);
  if (config.demo && (await seedDemo(handle.db))) {
    process.stdout.write('已创建演示委员会（云州市政协及青川县、白石县政协）和演示账号\n');
  }
  const { app } = await buildApp({ db: handle.db, dbKind: handle.kind, config, logger: options.logger });
  const shutdown = async () => {
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`协商平台已启动：http://localhost:${config.port}（数据库：${handle.kind === 'pglite' ? `嵌入式 PGlite，${config.dataDir}` : 'PostgreSQL'}）\n`);
}
