import { reasonError } from './errors.js';
import { createPrng } from './prng.js';
import type { MockResponse } from './types.js';

/**
 * Fault injection, switchable at run time: per route (an operationId or a contract path pattern)
 * and global. A route rule replaces the global one field by field.
 */
export interface FaultRule {
  /** Added delay, in real milliseconds. */
  latencyMs?: number;
  /** Share of requests (0..1) that fail with `errorStatus`, drawn from the seeded PRNG. */
  errorRate?: number;
  errorStatus?: 500 | 503;
  /** Every request answers this status (rate limiting or an outage). */
  forceStatus?: 429 | 503;
  retryAfterSeconds?: number;
  /** The connection is destroyed without an answer (MSW: `Response.error()`). */
  drop?: boolean;
}

export interface FaultDecision {
  latencyMs: number;
  response?: MockResponse;
  drop?: boolean;
}

export interface Faults {
  setGlobal(rule: FaultRule | undefined): void;
  setRoute(route: string, rule: FaultRule | undefined): void;
  clear(): void;
  decide(operationId: string, pattern: string): FaultDecision;
}

export function createFaults(seed = 42): Faults {
  let random = createPrng(seed);
  let global: FaultRule | undefined;
  const routes = new Map<string, FaultRule>();

  return {
    setGlobal(rule) {
      global = rule;
    },
    setRoute(route, rule) {
      if (rule) routes.set(route, rule);
      else routes.delete(route);
    },
    clear() {
      global = undefined;
      routes.clear();
      random = createPrng(seed);
    },
    decide(operationId, pattern) {
      const rule: FaultRule = { ...global, ...routes.get(pattern), ...routes.get(operationId) };
      const latencyMs = rule.latencyMs ?? 0;
      if (rule.drop) return { latencyMs, drop: true };
      const retryAfter = String(rule.retryAfterSeconds ?? 2);
      if (rule.forceStatus === 429) {
        return {
          latencyMs,
          response: withRetryAfter(
            reasonError(429, 'rate_limited', `Rate limit exceeded; retry after ${retryAfter} seconds.`),
            retryAfter,
          ),
        };
      }
      if (rule.forceStatus === 503) {
        return {
          latencyMs,
          response: withRetryAfter(
            reasonError(503, 'service_unavailable', 'The service is temporarily unavailable.'),
            retryAfter,
          ),
        };
      }
      if (rule.errorRate && random() < rule.errorRate) {
        const status = rule.errorStatus ?? 500;
        const response = reasonError(
          status,
          'injected_fault',
          `Injected fault: ${status} for ${operationId}.`,
        );
        return { latencyMs, response: status === 503 ? withRetryAfter(response, retryAfter) : response };
      }
      return { latencyMs };
    },
  };
}

function withRetryAfter(response: MockResponse, seconds: string): MockResponse {
  return { ...response, headers: { ...response.headers, 'retry-after': seconds } };
}
