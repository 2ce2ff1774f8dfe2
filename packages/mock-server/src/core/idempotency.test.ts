import { describe, expect, it } from 'vitest';
import { createIdempotencyStore, fingerprint, type RequestBodyPrint, sameBody } from './idempotency.js';

const created = { status: 202, headers: { location: '/x/1' }, body: { url: '/x/1' } };
const json = (text: string): RequestBodyPrint => ({ text, json: true });
const f1 = json('{"a":1}');
const f2 = json('{"a":2}');

describe('fingerprint', () => {
  it('ignores object key order and undefined fields', () => {
    expect(fingerprint({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(
      fingerprint({ b: [1, { d: 3, c: 2 }], a: 1, e: undefined }),
    );
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});

describe('sameBody', () => {
  it('treats JSON texts that differ only in key order and spacing as the same body', () => {
    expect(sameBody(json('{"a":1,"b":[1,2]}'), json('{ "b": [1, 2], "a": 1 }'))).toBe(true);
    expect(sameBody(json('{"a":1}'), json('{"a":1,"b":null}'))).toBe(false);
  });

  it('compares parsed JSON values (what the core keeps) by their canonical form, and with texts', () => {
    const value = (parsed: unknown): RequestBodyPrint => ({ value: parsed, json: true });
    expect(sameBody(value({ a: 1, b: [1, 2] }), value({ b: [1, 2], a: 1 }))).toBe(true);
    expect(sameBody(value({ a: 1, b: [1, 2] }), value({ a: 1, b: [2, 1] }))).toBe(false);
    expect(sameBody(value({ a: 1 }), json('{ "a": 1 }'))).toBe(true);
    expect(sameBody(value({ a: 1 }), json('{"a":2}'))).toBe(false);
  });

  it('compares non-JSON bodies (CSV) as text', () => {
    const csv = (text: string) => ({ text, json: false });
    expect(sameBody(csv('a,b\n1,2'), csv('a,b\n1,2'))).toBe(true);
    expect(sameBody(csv('a,b\n1,2'), csv('a,b\n1,3'))).toBe(false);
  });
});

describe('createIdempotencyStore', () => {
  it('replays the first answer for the same key and body, marked as replayed', () => {
    const store = createIdempotencyStore();
    expect(store.lookup('s', 'k', f1)).toBeUndefined();
    store.remember('s', 'k', f1, created);
    const hit = store.lookup('s', 'k', json('{ "a": 1 }'));
    expect(hit && 'replay' in hit && hit.replay.body).toEqual(created.body);
    expect(hit && 'replay' in hit && hit.replay.headers['idempotent-replayed']).toBe('true');
  });

  it('answers 409 idempotency_key_reused for the same key and another body', () => {
    const store = createIdempotencyStore();
    store.remember('s', 'k', f1, created);
    const hit = store.lookup('s', 'k', f2);
    expect(hit && 'conflict' in hit && hit.conflict.status).toBe(409);
    expect(hit && 'conflict' in hit && hit.conflict.body).toMatchObject({
      errors: [{ reason: 'idempotency_key_reused' }],
    });
  });

  it('keeps scopes apart and does not remember server errors', () => {
    const store = createIdempotencyStore();
    store.remember('a', 'k', f1, created);
    expect(store.lookup('b', 'k', f1)).toBeUndefined();
    store.remember('a', 'k2', f1, { status: 500, headers: {}, body: {} });
    expect(store.lookup('a', 'k2', f1)).toBeUndefined();
  });

  it('forgets the oldest keys beyond its capacity, and only those, however long it runs', () => {
    const store = createIdempotencyStore(3);
    for (let n = 1; n <= 50; n++) store.remember('s', String(n), f1, created);
    expect(store.lookup('s', '47', f1)).toBeUndefined();
    for (const kept of ['48', '49', '50']) expect(store.lookup('s', kept, f1)).toBeDefined();
  });

  it('counts a key remembered twice (after a 5xx) once against its capacity', () => {
    const store = createIdempotencyStore(2);
    store.remember('s', '1', f1, created);
    store.remember('s', '1', f1, created);
    store.remember('s', '2', f1, created);
    expect(store.lookup('s', '1', f1)).toBeDefined();
    expect(store.lookup('s', '2', f1)).toBeDefined();
  });

  it('clear() forgets every key', () => {
    const store = createIdempotencyStore(2);
    store.remember('s', '1', f1, created);
    store.clear();
    expect(store.lookup('s', '1', f1)).toBeUndefined();
    store.remember('s', '2', f1, created);
    store.remember('s', '3', f1, created);
    expect(store.lookup('s', '2', f1)).toBeDefined();
  });
});
