import { requestBodySchemas } from '@onramp/contract/schemas';
import { describe, expect, it } from 'vitest';
import { readJsonBody, validateBody } from './body.js';

const validCustomer = {
  provisioningId: 'p1',
  packages: ['webex_calling'],
  externalId: 'ext-1',
  address: { addressLine1: '1 Main St', city: 'Austin', country: 'US' },
};

describe('readJsonBody', () => {
  it('parses raw JSON text', () => {
    expect(readJsonBody('application/json; charset=utf-8', undefined, '{"a":1}')).toEqual({
      ok: true,
      value: { a: 1 },
    });
  });
  it('answers invalid_json for bad JSON', () => {
    expect(readJsonBody('application/json', undefined, '{"a":')).toMatchObject({
      ok: false,
      status: 400,
      errors: [{ reason: 'invalid_json' }],
    });
  });
  it('answers 415 for another content type', () => {
    expect(readJsonBody('text/plain', undefined, 'hello')).toMatchObject({ ok: false, status: 415 });
  });
  it('requires a body', () => {
    expect(readJsonBody('application/json', undefined, '  ')).toMatchObject({
      ok: false,
      status: 400,
      errors: [{ reason: 'required' }],
    });
  });
});

describe('validateBody', () => {
  const schema = requestBodySchemas.provisionWholesaleCustomer;

  it('accepts a valid body', () => {
    expect(validateBody(schema, validCustomer).ok).toBe(true);
  });

  it('maps missing fields, wrong types, long strings, unknown enums and formats', () => {
    const result = validateBody(schema, {
      ...validCustomer,
      provisioningId: undefined,
      externalId: 42,
      packages: ['nope'],
      address: { addressLine1: 'x'.repeat(300), city: 'A', country: 'usa' },
      customerInfo: { name: 'N', primaryEmail: 'not-an-email' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.errors.map((e) => [e.field, e.reason]));
    expect(byField).toMatchObject({
      provisioningId: 'required',
      externalId: 'invalid_type',
      'packages.0': 'invalid_enum',
      'address.addressLine1': 'too_long',
      'customerInfo.primaryEmail': 'invalid_format',
    });
    expect(result.errors.find((e) => e.field === 'externalId')?.description).toBe(
      'externalId must be a string, got a number.',
    );
  });

  it('reports a non-object body without a field', () => {
    const result = validateBody(schema, []);
    expect(result).toMatchObject({ ok: false, errors: [{ reason: 'invalid_type' }] });
  });
});
