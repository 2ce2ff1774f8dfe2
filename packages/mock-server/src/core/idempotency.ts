import { reasonError } from './errors.js';
import type { MockResponse } from './types.js';

/**
 * `Idempotency-Key` on POSTs: the same key with the same body replays the first answer (no
 * duplicate is created); the same key with another body is a client bug, answered 409. Keys are
 * scoped by actor and operation so two partners cannot collide.
 */
export interface IdempotencyStore {
  lookup(
    scope: string,
    key: string,
    body: RequestBodyPrint,
  ): { replay: MockResponse } | { conflict: MockResponse } | undefined;
  remember(scope: string, key: string, body: RequestBodyPrint, response: MockResponse): void;
  clear(): void;
}

/**
 * What identifies a request's body: a JSON body the core parsed, as its parsed `value`; any other
 * body as its `text` (`json` when it is JSON). Two JSON bodies are the same when their canonical
 * forms are (key order and whitespace do not matter), computed only when a key is used again: most
 * keys are new and never compared. The parsed value is what the handler kept parts of (the
 * customer's address, its packages), so remembering it costs a few bytes, where the text cost its
 * whole length per key (issue #4). Nothing changes a parsed body once handled: stored records
 * are replaced, never changed in place.
 */
export interface RequestBodyPrint {
  text?: string;
  value?: unknown;
  json: boolean;
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

function canonical(print: RequestBodyPrint): string {
  if (print.value !== undefined) return fingerprint(print.value);
  const text = print.text ?? '';
  if (!print.json) return text;
  try {
    return fingerprint(JSON.parse(text));
  } catch {
    return text;
  }
}

/** Same body: the same text, or (JSON) the same value whatever the key order and spacing. */
export function sameBody(a: RequestBodyPrint, b: RequestBodyPrint): boolean {
  if (a.text !== undefined && a.text === b.text) return true;
  if (a.value !== undefined && a.value === b.value) return true;
  return a.json && b.json && canonical(a) === canonical(b);
}

/** What is kept per key: the body's print, flattened (one object per key, not two). */
interface Entry extends RequestBodyPrint {
  response: MockResponse;
}

/**
 * Remembers the last `maxEntries` keys, one map per scope (no `scope + key` string is kept per
 * key). The oldest is forgotten through a ring of keys (O(1)); deleting a Map's first key instead
 * walks past every hole earlier deletions left, which made each create of a long run slower.
 */
export function createIdempotencyStore(maxEntries = 10_000): IdempotencyStore {
  const scopes = new Map<string, Map<string, Entry>>();
  // The ring as two arrays (a scope's map and a key per slot): no object per remembered key.
  const ringScopes: (Map<string, Entry> | undefined)[] = new Array(maxEntries);
  const ringKeys: (string | undefined)[] = new Array(maxEntries);
  let next = 0;
  return {
    lookup(scope, key, print) {
      const entry = scopes.get(scope)?.get(key);
      if (!entry) return undefined;
      if (!sameBody(entry, print)) {
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
      let keys = scopes.get(scope);
      if (!keys) {
        keys = new Map();
        scopes.set(scope, keys);
      }
      if (!keys.has(key)) {
        ringScopes[next]?.delete(ringKeys[next] as string);
        ringScopes[next] = keys;
        ringKeys[next] = key;
        next = (next + 1) % maxEntries;
      }
      keys.set(key, { text: print.text, value: print.value, json: print.json, response });
    },
    clear() {
      scopes.clear();
      ringScopes.fill(undefined);
      ringKeys.fill(undefined);
      next = 0;
    },
  };
}
