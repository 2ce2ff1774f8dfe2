import { reasonError } from './errors.js';
import type { MockResponse } from './types.js';

/**
 * `Idempotency-Key` on POSTs: the same key with the same body replays the first answer (no
 * duplicate is created); the same key with another body is a client bug, answered 409. Keys are
 * scoped by actor and operation so two partners cannot collide.
 */
/**
 * A request's fingerprint, or a function that computes it: most keys are new and never compared,
 * so the (recursive, key-sorting) fingerprint is only computed when an earlier request used the key.
 */
export type Fingerprint = string | (() => string);
const resolve = (print: Fingerprint) => (typeof print === 'string' ? print : print());

export interface IdempotencyStore {
  lookup(
    scope: string,
    key: string,
    fingerprint: Fingerprint,
  ): { replay: MockResponse } | { conflict: MockResponse } | undefined;
  remember(scope: string, key: string, fingerprint: Fingerprint, response: MockResponse): void;
  clear(): void;
}

/** A stable text form of a JSON value: object keys sorted, so key order does not matter. */
export function fingerprint(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${fingerprint(v)}`).join(',')}}`;
}

export function createIdempotencyStore(maxEntries = 10_000): IdempotencyStore {
  const entries = new Map<string, { fingerprint: Fingerprint; response: MockResponse }>();
  return {
    lookup(scope, key, print) {
      const entry = entries.get(`${scope}\u0000${key}`);
      if (!entry) return undefined;
      if (resolve(entry.fingerprint) !== resolve(print)) {
        return {
          conflict: reasonError(
            409,
            'idempotency_key_reused',
            'This Idempotency-Key was already used with a different request body. Use a new key for a new request.',
            'Idempotency-Key',
          ),
        };
      }
      return {
        replay: { ...entry.response, headers: { ...entry.response.headers, 'idempotent-replayed': 'true' } },
      };
    },
    remember(scope, key, print, response) {
      // Only settled answers are remembered; a 5xx may be retried with the same key.
      if (response.status >= 500) return;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(`${scope}\u0000${key}`, { fingerprint: print, response });
    },
    clear() {
      entries.clear();
    },
  };
}
