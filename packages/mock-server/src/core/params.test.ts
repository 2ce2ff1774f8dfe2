import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from './contract.js';
import { parseParams } from './params.js';

const specs: ParameterSpec[] = [
  { name: 'customerId', in: 'path', required: true, schema: { type: 'string' } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
  { name: 'max', in: 'query', schema: { type: 'integer', minimum: 1 } },
  {
    name: 'status',
    in: 'query',
    schema: { type: 'array', items: { type: 'string', enum: ['provisioned', 'error'] } },
  },
  { name: 'includeInfo', in: 'query', schema: { type: 'boolean' } },
];

const parse = (query: string, path: Record<string, string> = { customerId: 'c1' }) =>
  parseParams(specs, new URLSearchParams(query), path);

describe('parseParams', () => {
  it('coerces integers, booleans and arrays of enums', () => {
    expect(parse('offset=5&max=10&status=provisioned&status=error&includeInfo=true')).toEqual({
      ok: true,
      params: {
        path: { customerId: 'c1' },
        query: { offset: 5, max: 10, status: ['provisioned', 'error'], includeInfo: true },
      },
    });
  });

  it('accepts comma-separated arrays', () => {
    expect(parse('status=provisioned,error')).toMatchObject({
      ok: true,
      params: { query: { status: ['provisioned', 'error'] } },
    });
  });

  it('rejects a non-integer, a value below the minimum, an unknown enum and a bad boolean', () => {
    const result = parse('offset=1.5&max=0&status=nope&includeInfo=yes');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.reason])).toEqual([
      ['offset', 'invalid_type'],
      ['max', 'too_small'],
      ['status', 'invalid_enum'],
      ['includeInfo', 'invalid_type'],
    ]);
  });

  it('reports a missing required path parameter', () => {
    expect(parse('', {})).toMatchObject({ ok: false, errors: [{ field: 'customerId', reason: 'required' }] });
  });

  it('rejects an empty integer', () => {
    expect(parse('offset=')).toMatchObject({
      ok: false,
      errors: [{ field: 'offset', reason: 'invalid_type' }],
    });
  });
});
