import type { Request } from 'autocannon';
import { SESSION_COOKIE } from '../src/security/session-token';
import { BENCH_PASSWORD, BENCH_USERNAME, type BenchCommittee } from './generate';

export type Session = { committee: BenchCommittee; cookie: string };

const REQUEST_TIMEOUT_MS = 30_000;

/** Logs each committee's office account in through the API (the real argon2 check), a few at a time. */
export async function logIn(baseUrl: string, committees: BenchCommittee[], concurrency = 4): Promise<Session[]> {
  const sessions: Session[] = new Array(committees.length);
  let next = 0;
  const worker = async () => {
    while (next < committees.length) {
      const index = next++;
      const committee = committees[index];
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ committeeCode: committee.code, username: BENCH_USERNAME, password: BENCH_PASSWORD }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (response.status !== 200) throw new Error(`login to ${committee.code} failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
      if (!cookie) throw new Error(`login to ${committee.code} set no session cookie`);
      sessions[index] = { committee, cookie: cookie.split(';')[0] };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, committees.length) }, worker));
  return sessions;
}

/** The two filters the issue names: a sector, and active members of a sector. */
const FILTERS = [(sectorId: string) => `sectorId=${sectorId}`, (sectorId: string) => `status=active&sectorId=${sectorId}`];

/**
 * The member-list requests the load cycles through: round after round, one request per committee, each with that
 * committee's own session and the next of its sectors, alternating the two filters. With one committee every
 * sector is asked with both filters; with many, each committee gets several rounds.
 */
export function memberListRequests(sessions: Session[], rounds = Math.max(6, Math.ceil(600 / sessions.length))): Request[] {
  const requests: Request[] = [];
  const sectorCount = Math.min(...sessions.map((s) => s.committee.sectorIds.length));
  for (let round = 0; round < Math.min(rounds, sectorCount * FILTERS.length); round++) {
    for (const session of sessions) {
      const sectorId = session.committee.sectorIds[round % sectorCount];
      const filter = FILTERS[round % FILTERS.length];
      requests.push({ method: 'GET', path: `/api/members?page=1&pageSize=20&${filter(sectorId)}`, headers: { cookie: session.cookie } });
    }
  }
  return requests;
}

type MemberPage = { items: unknown[]; total: number };

/** One pass over the distinct requests before the load: each must answer 200 with members in it. */
export async function checkRequests(baseUrl: string, requests: Request[]): Promise<{ checked: number; averageTotal: number }> {
  let totals = 0;
  for (const request of requests) {
    const response = await fetch(`${baseUrl}${request.path}`, { headers: request.headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (response.status !== 200) throw new Error(`GET ${request.path} answered ${response.status}: ${await response.text()}`);
    const page = (await response.json()) as MemberPage;
    if (page.items.length === 0) throw new Error(`GET ${request.path} found no members`);
    totals += page.total;
  }
  return { checked: requests.length, averageTotal: totals / requests.length };
}
