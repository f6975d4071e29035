import type { Backend } from '../databases';
import { measure, type LoadSettings, type Measurement } from '../measure';
import { startServer } from '../processes';
import { logIn } from '../sessions';
import { generatePlanData, type GeneratedPlans, type PlanDataSize } from './generate-plans';
import { ITEMS_PER_PLAN } from './plan-input';
import type { ParsedPlan } from '../../src/domain/plans/import/parse-plan-notice';
import { checkEndpoint, planEndpoints, type PlanEndpoint } from './requests';

export type EndpointResult = { id: PlanEndpoint['id']; label: string; distinctRequests: number; averageBytes: number; m: Measurement };
export type PlanLoadCase = { kind: Backend['kind']; database: string; size: PlanDataSize; data: GeneratedPlans; bare: Measurement; endpoints: EndpointResult[] };

/**
 * One database and data size: the plan data generated through the commands, the real app in its own process, then
 * under the same load the bare server (the baseline, measured with the plan page's requests) and each plan endpoint.
 */
export async function runPlanLoadCase(
  backend: Backend,
  size: PlanDataSize,
  notices: ParsedPlan[],
  settings: LoadSettings,
  appNodeArgs: string[],
  log: (text: string) => void,
): Promise<PlanLoadCase> {
  const say = (text: string) => log(`[plans ${backend.kind} ${size.committees}x${size.years}] ${text}`);
  say('generating committees and plans…');
  const prepared = await backend.prepare(`plans_${size.committees}x${size.years}`, (db) =>
    generatePlanData(db, size, notices, (done) => {
      if (done % 5 === 0 || done === size.committees) say(`  ${done}/${size.committees} committees with plans`);
    }),
  );
  try {
    const data = prepared.data;
    say(`${data.plans} plans, ${data.items} items in ${data.seconds.toFixed(1)} s`);
    const app = await startServer('app-server.ts', { env: { BENCH_DATABASE: JSON.stringify(prepared.options) }, nodeArgs: appNodeArgs });
    try {
      const idle = await app.stats();
      const baseUrl = `http://127.0.0.1:${app.port}`;
      const sessions = await logIn(baseUrl, data.committees);
      const endpoints = planEndpoints(sessions, data.committees, ITEMS_PER_PLAN - 2);
      const checked = new Map<PlanEndpoint['id'], { checked: number; averageBytes: number }>();
      for (const endpoint of endpoints) {
        const result = await checkEndpoint(baseUrl, endpoint);
        checked.set(endpoint.id, result);
        say(`${endpoint.label}: ${result.checked} distinct requests checked, ${(result.averageBytes / 1024).toFixed(1)} KB each on average`);
      }

      // The bare server runs first, while the app server sits idle; it answers every path alike.
      const bare = await startServer('hello-server.ts');
      let bareResult: Measurement;
      try {
        const bareIdle = await bare.stats();
        say('bare node:http…');
        bareResult = await measure({ server: bare, idleRssBytes: bareIdle.rssBytes, requests: endpoints[0].requests, settings, log: say });
        say(`  ${bareResult.rps.toFixed(0)} req/s, p99 ${bareResult.p99Ms} ms`);
      } finally {
        await bare.stop();
      }

      const results: EndpointResult[] = [];
      for (const endpoint of endpoints) {
        say(`${endpoint.label}…`);
        const m = await measure({ server: app, idleRssBytes: idle.rssBytes, requests: endpoint.requests, settings, databasePids: prepared.databasePids, log: say });
        say(`  ${m.rps.toFixed(0)} req/s, p99 ${m.p99Ms} ms (${((m.rps / bareResult.rps) * 100).toFixed(1)} % of bare)`);
        if (m.non2xx + m.errors > 0) say(`  WARNING: ${m.non2xx} non-2xx answers, ${m.errors} errors`);
        const check = checked.get(endpoint.id)!;
        results.push({ id: endpoint.id, label: endpoint.label, distinctRequests: check.checked, averageBytes: check.averageBytes, m });
      }
      return { kind: backend.kind, database: backend.version, size, data, bare: bareResult, endpoints: results };
    } finally {
      await app.stop();
    }
  } finally {
    await prepared.drop();
  }
}
