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
  /** The connection is destroyed without an answer, before the handler runs (MSW: `Response.error()`). */
  drop?: boolean;
  /**
   * A lost answer: the handler runs (the change is made, an idempotency key is recorded), then the
   * connection is destroyed without an answer. The client cannot tell it from `drop`; a retry
   * without an `Idempotency-Key` makes the change twice.
   */
  loseAnswer?: boolean;
  /** The rule applies to this many requests, then removes itself (e.g. `1`: only the next one). */
  times?: number;
}

export interface FaultDecision {
  latencyMs: number;
  response?: MockResponse;
  drop?: boolean;
  /** Run the handler, then drop the connection instead of answering. */
  loseAnswer?: boolean;
}

export interface Faults {
  setGlobal(rule: FaultRule | undefined): void;
  setRoute(route: string, rule: FaultRule | undefined): void;
  clear(): void;
  decide(operationId: string, pattern: string): FaultDecision;
}

const NO_FAULT: FaultDecision = Object.freeze({ latencyMs: 0 });

export function createFaults(seed = 42): Faults {
  let random = createPrng(seed);
  let global: FaultRule | undefined;
  const routes = new Map<string, FaultRule>();
  /** Rules with `times` count down per request that they applied to, and go at zero. */
  let used = new WeakMap<FaultRule, number>();
  function spend(rule: FaultRule | undefined, forget: () => void): void {
    if (rule?.times === undefined) return;
    const count = (used.get(rule) ?? 0) + 1;
    used.set(rule, count);
    if (count >= rule.times) {
      used.delete(rule);
      forget();
    }
  }

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
      used = new WeakMap();
      random = createPrng(seed);
    },
    decide(operationId, pattern) {
      // The hot path: no rule at all is the common case.
      if (global === undefined && routes.size === 0) return NO_FAULT;
      const byPattern = routes.get(pattern);
      const byOperation = routes.get(operationId);
      if (global === undefined && byPattern === undefined && byOperation === undefined) return NO_FAULT;
      const rule: FaultRule = { ...global, ...byPattern, ...byOperation };
      spend(global, () => {
        global = undefined;
      });
      spend(byPattern, () => routes.delete(pattern));
      spend(byOperation, () => routes.delete(operationId));
      const latencyMs = rule.latencyMs ?? 0;
      if (rule.drop) return { latencyMs, drop: true };
      if (rule.loseAnswer) return { latencyMs, loseAnswer: true };
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
