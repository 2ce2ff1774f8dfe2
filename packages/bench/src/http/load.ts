import autocannon from 'autocannon';
import { percentileSorted } from '../stats.js';

export interface LoadRequest {
  method: 'GET' | 'POST';
  /** Path and query, e.g. `/v1/wholesale/customers?max=10`. */
  path: string;
  headers: Record<string, string>;
  /** `[<id>]` in the body or headers is replaced with a unique id per request. */
  body?: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Latencies in ms, exact percentiles over every response of the run (not autocannon's 1 ms buckets). */
  p50: number;
  p99: number;
  responses: number;
  /** Responses whose status was not the one expected (the run still counts them). */
  unexpected: number;
  statuses: Record<string, number>;
  errors: number;
  seconds: number;
}

/** One autocannon run in this process (the server under test is in another process). */
export function load(
  origin: string,
  request: LoadRequest,
  options: { connections: number; seconds: number; expectStatus: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let unexpected = 0;
  let started = 0;
  return new Promise((resolvePromise, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections: options.connections,
        duration: options.seconds,
        idReplacement: true,
        requests: [
          {
            method: request.method,
            path: request.path,
            headers: request.headers,
            ...(request.body === undefined ? {} : { body: request.body }),
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const seconds = (performance.now() - started) / 1000;
        const sorted = Float64Array.from(latencies).sort();
        resolvePromise({
          requestsPerSecond: latencies.length / seconds,
          p50: percentileSorted(sorted, 50),
          p99: percentileSorted(sorted, 99),
          responses: latencies.length,
          unexpected,
          statuses,
          errors: result.errors,
          seconds,
        });
      },
    );
    started = performance.now();
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode !== options.expectStatus) unexpected++;
    });
  });
}
