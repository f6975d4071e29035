import type { KyselyPlugin } from 'kysely';
import { readConfig } from '../src/config';
import { openDatabase, type DatabaseOptions } from '../src/db/database';
import { buildApp } from '../src/http/app';
import { reportFailure, serveRunner } from './child-ipc';

/** Counts the statements the app runs (each executed query passes transformResult once), so the runner can report statements per request. */
let statements = 0;
const countStatements: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => {
    statements++;
    return args.result;
  },
};

/** The real application as production builds it (no web app, no request log), on the database named in BENCH_DATABASE. */
async function main() {
  const options = JSON.parse(process.env.BENCH_DATABASE ?? '') as DatabaseOptions;
  const handle = await openDatabase(options);
  // Every benchmark session logs in from 127.0.0.1 within the same minute; the per-address login limit is not what is measured.
  const config = { ...readConfig({ LOGIN_RATE_LIMIT: '100000' }), demo: false, secureCookies: false };
  const db = handle.db.withPlugin(countStatements);
  const { app } = await buildApp({ db, dbKind: handle.kind, config, logger: false, serveWebApp: false });
  // A request counts once its connection is done with it, answered or cut off when the load generator stops.
  let requests = 0;
  app.server.on('request', (_request, response) => response.once('close', () => requests++));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  serveRunner(
    address.port,
    async () => {
      await app.close();
      await handle.close();
    },
    () => ({ requests, statements }),
  );
}

main().catch(reportFailure);
