import autocannon, { type Request } from 'autocannon';

export type LoadOptions = { url: string; requests: Request[]; connections: number; seconds: number };
export type LoadResult = { rps: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; errors: number; seconds: number };

/**
 * Drives one server with autocannon for a fixed time. Every request is built once up front; each connection
 * walks the whole list from its own starting point, so the load is spread over all committees and filters at once.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let nextClient = 0;
  const step = Math.max(1, Math.floor(options.requests.length / options.connections));
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 10,
    requests: options.requests,
    setupClient: (client) => {
      const offset = (nextClient++ * step) % options.requests.length;
      client.setRequests([...options.requests.slice(offset), ...options.requests.slice(0, offset)].map((r) => ({ ...r })));
    },
  });
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result['2xx'] + result.non2xx,
    non2xx: result.non2xx,
    errors: result.errors,
    seconds: result.duration,
  };
}
