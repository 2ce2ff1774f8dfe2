import { describe, expect, it } from 'vitest';
import { compileRouter } from './router.js';

const router = compileRouter([
  { operationId: 'list', pattern: '/wholesale/customers', method: 'get' },
  { operationId: 'create', pattern: '/wholesale/customers', method: 'post' },
  { operationId: 'get', pattern: '/wholesale/customers/{customerId}', method: 'get' },
  { operationId: 'validate', pattern: '/wholesale/customers/validate', method: 'post' },
]);

describe('compileRouter', () => {
  it('matches literal paths by method', () => {
    const match = router.match('POST', '/wholesale/customers');
    expect(match).toMatchObject({ kind: 'found', operation: { operationId: 'create' } });
  });

  it('captures and decodes path parameters', () => {
    expect(router.match('GET', '/wholesale/customers/a%2Fb')).toEqual({
      kind: 'found',
      operation: { operationId: 'get', pattern: '/wholesale/customers/{customerId}', method: 'get' },
      params: { customerId: 'a/b' },
    });
  });

  it('answers a run of one parameter-free route from its last match, and never reuses parameters', () => {
    const first = router.match('POST', '/wholesale/customers');
    expect(router.match('POST', '/wholesale/customers')).toBe(first);
    expect(router.match('GET', '/wholesale/customers')).toMatchObject({ operation: { operationId: 'list' } });
    const a = router.match('GET', '/wholesale/customers/a');
    const b = router.match('GET', '/wholesale/customers/b');
    expect([a, b].map((match) => (match.kind === 'found' ? match.params.customerId : ''))).toEqual([
      'a',
      'b',
    ]);
    expect(router.match('GET', '/wholesale/customers/a')).not.toBe(a);
  });

  it('prefers a literal segment over a parameter', () => {
    expect(router.match('POST', '/wholesale/customers/validate')).toMatchObject({
      operation: { operationId: 'validate' },
    });
  });

  it('answers 405 rather than reading a literal segment as a parameter', () => {
    expect(router.match('GET', '/wholesale/customers/validate')).toEqual({
      kind: 'method_not_allowed',
      allow: ['POST'],
    });
  });

  it('answers not_found for unknown paths and trailing extra segments', () => {
    expect(router.match('GET', '/nope')).toEqual({ kind: 'not_found' });
    expect(router.match('GET', '/wholesale/customers/x/y')).toEqual({ kind: 'not_found' });
  });

  it('answers method_not_allowed with the allowed methods', () => {
    expect(router.match('DELETE', '/wholesale/customers')).toEqual({
      kind: 'method_not_allowed',
      allow: ['GET', 'POST'],
    });
  });

  it('ignores trailing slashes', () => {
    expect(router.match('get', '/wholesale/customers/')).toMatchObject({ kind: 'found' });
  });
});
