import type { Request } from 'autocannon';
import type { Session } from '../sessions';
import type { PlanCommittee } from './generate-plans';

const REQUEST_TIMEOUT_MS = 30_000;

export type PlanEndpoint = {
  id: 'detail' | 'list';
  label: string;
  requests: Request[];
  /** What a correct answer holds; throws otherwise. */
  check: (body: unknown, path: string) => void;
};

/** Each session with the plans of its committee. */
const withPlans = (sessions: Session[], committees: PlanCommittee[]) =>
  sessions.map((s) => ({ cookie: s.cookie, planIds: committees.find((c) => c.id === s.committee.id)?.planIds ?? [] }));

/**
 * The two reads the web app makes of plans: the plan page (GET /api/plans/:id, every plan of every committee, one
 * committee after another) and the plan list page (GET /api/plans, once per committee).
 */
export function planEndpoints(sessions: Session[], committees: PlanCommittee[], minItems: number): PlanEndpoint[] {
  const sessionPlans = withPlans(sessions, committees);
  const years = Math.max(...sessionPlans.map((s) => s.planIds.length));
  const detail: Request[] = [];
  for (let year = 0; year < years; year++) {
    for (const s of sessionPlans) if (s.planIds[year]) detail.push({ method: 'GET', path: `/api/plans/${s.planIds[year]}`, headers: { cookie: s.cookie } });
  }
  const list: Request[] = sessionPlans.map((s) => ({ method: 'GET', path: '/api/plans', headers: { cookie: s.cookie } }));
  return [
    {
      id: 'detail',
      label: 'GET /api/plans/:id',
      requests: detail,
      check: (body, path) => {
        const items = (body as { items?: unknown[] }).items;
        if (!Array.isArray(items) || items.length < minItems) throw new Error(`GET ${path} answered ${items?.length ?? 'no'} items, expected ${minItems} or more`);
      },
    },
    {
      id: 'list',
      label: 'GET /api/plans',
      requests: list,
      check: (body, path) => {
        if (!Array.isArray(body) || body.length !== years) throw new Error(`GET ${path} answered ${Array.isArray(body) ? body.length : 'no'} plans, expected ${years}`);
      },
    },
  ];
}

/** One pass over an endpoint's distinct requests before the load: each must answer 200 and pass the check. Returns the mean body size. */
export async function checkEndpoint(baseUrl: string, endpoint: PlanEndpoint): Promise<{ checked: number; averageBytes: number }> {
  let bytes = 0;
  for (const request of endpoint.requests) {
    const response = await fetch(`${baseUrl}${request.path}`, { headers: request.headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`GET ${request.path} answered ${response.status}: ${text}`);
    endpoint.check(JSON.parse(text), request.path ?? '');
    bytes += Buffer.byteLength(text);
  }
  return { checked: endpoint.requests.length, averageBytes: bytes / endpoint.requests.length };
}
