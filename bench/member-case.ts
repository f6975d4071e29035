import type { Backend, DataSize } from './databases';
import { generateData } from './generate';
import { measure, type LoadSettings } from './measure';
import { startServer } from './processes';
import type { CaseResult } from './run-report';
import { checkRequests, logIn, memberListRequests } from './sessions';

/** One database and data size of the member-list benchmark: generate, start the app, then the bare server and the list under the same load. */
export async function runMemberCase(backend: Backend, size: DataSize, settings: LoadSettings, appNodeArgs: string[], log: (text: string) => void): Promise<CaseResult> {
  const label = `${backend.kind} ${size.committees}x${size.membersPerCommittee}`;
  const say = (text: string) => log(`[${label}] ${text}`);
  say('generating data…');
  const prepared = await backend.prepare(`${size.committees}x${size.membersPerCommittee}`, (db) =>
    generateData(db, {
      committees: size.committees,
      membersPerCommittee: size.membersPerCommittee,
      onProgress: (done) => {
        if (done % 25 === 0 || done === size.committees) say(`  ${done}/${size.committees} committees`);
      },
    }),
  );
  try {
    say(`${prepared.data.members} members in ${prepared.data.seconds.toFixed(1)} s`);
    const app = await startServer('app-server.ts', { env: { BENCH_DATABASE: JSON.stringify(prepared.options) }, nodeArgs: appNodeArgs });
    try {
      const idle = await app.stats();
      const baseUrl = `http://127.0.0.1:${app.port}`;
      const sessions = await logIn(baseUrl, prepared.data.committees);
      const requests = memberListRequests(sessions);
      const checked = await checkRequests(baseUrl, requests);
      say(`${sessions.length} sessions, ${checked.checked} distinct requests checked (on average ${checked.averageTotal.toFixed(1)} matching members each)`);

      // The bare server runs first, while the app server sits idle, so both see the same quiet machine.
      const bare = await startServer('hello-server.ts');
      let bareResult;
      try {
        const bareIdle = await bare.stats();
        say('bare node:http…');
        bareResult = await measure({ server: bare, idleRssBytes: bareIdle.rssBytes, requests, settings, log: say });
        say(`  ${bareResult.rps.toFixed(0)} req/s, p99 ${bareResult.p99Ms} ms`);
      } finally {
        await bare.stop();
      }

      say('member list…');
      const appResult = await measure({ server: app, idleRssBytes: idle.rssBytes, requests, settings, databasePids: prepared.databasePids, log: say });

      say(`  ${appResult.rps.toFixed(0)} req/s, p99 ${appResult.p99Ms} ms (${((appResult.rps / bareResult.rps) * 100).toFixed(1)} % of bare)`);
      if (appResult.non2xx + appResult.errors > 0) say(`  WARNING: ${appResult.non2xx} non-2xx answers, ${appResult.errors} errors`);
      return { kind: backend.kind, database: backend.version, size, data: prepared.data, distinctRequests: requests.length, bare: bareResult, app: appResult };
    } finally {
      await app.stop();
    }
  } finally {
    await prepared.drop();
  }
}
