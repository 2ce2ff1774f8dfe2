import { describe, expect, it } from 'vitest';
import { createIdempotencyStore, fingerprint } from './idempotency.js';

const created = { status: 202, headers: { location: '/x/1' }, body: { url: '/x/1' } };

describe('fingerprint', () => {
  it('ignores object key order and undefined fields', () => {
    expect(fingerprint({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(
      fingerprint({ b: [1, { d: 3, c: 2 }], a: 1, e: undefined }),
    );
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});

describe('createIdempotencyStore', () => {
  it('replays the first answer for the same key and body', () => {
    const store = createIdempotencyStore();
    expect(store.lookup('s', 'k', 'f1')).toBeUndefined();
    store.remember('s', 'k', 'f1', created);
    const hit = store.lookup('s', 'k', 'f1');
    expect(hit && 'replay' in hit && hit.replay.body).toEqual(created.body);
  });

  it('answers 409 idempotency_key_reused for the same key and another body', () => {
    const store = createIdempotencyStore();
    store.remember('s', 'k', 'f1', created);
    const hit = store.lookup('s', 'k', 'f2');
    expect(hit && 'conflict' in hit && hit.conflict.status).toBe(409);
    expect(hit && 'conflict' in hit && hit.conflict.body).toMatchObject({
      errors: [{ reason: 'idempotency_key_reused' }],
    });
  });

  it('keeps scopes apart and does not remember server errors', () => {
    const store = createIdempotencyStore();
    store.remember('a', 'k', 'f', created);
    expect(store.lookup('b', 'k', 'f')).toBeUndefined();
    store.remember('a', 'k2', 'f', { status: 500, headers: {}, body: {} });
    expect(store.lookup('a', 'k2', 'f')).toBeUndefined();
  });

  it('forgets the oldest key beyond its capacity', () => {
    const store = createIdempotencyStore(2);
    store.remember('s', '1', 'f', created);
    store.remember('s', '2', 'f', created);
    store.remember('s', '3', 'f', created);
    expect(store.lookup('s', '1', 'f')).toBeUndefined();
    expect(store.lookup('s', '3', 'f')).toBeDefined();
  });
});
