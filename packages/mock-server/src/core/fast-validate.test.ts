import { requestBodySchemas } from '@onramp/contract/schemas';
import { describe, expect, it } from 'vitest';
import { safeParse, type z } from 'zod/mini';
import { contractDocument, contractOperations, resolveRef } from './contract.js';
import { compileFastCheck } from './fast-validate.js';
import { createPrng as random } from './prng.js';

type Schema = Record<string, unknown>;
const STRINGS = [
  '',
  'a',
  'US',
  'us',
  'USA',
  'Austin',
  '50%',
  'x@y.example.com',
  'not an e-mail',
  '😀😀',
  ' ',
];

/** Bodies near the schema: mostly valid, with the edges where zod and the JSON Schema could differ. */
function generator(seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  function value(input: unknown, depth = 0): unknown {
    const schema = resolveRef(contractDocument, input) as Schema;
    if (next() < 0.03) return pick([null, 1, 'x', true, [], {}]);
    if (Array.isArray(schema.enum)) return next() < 0.9 ? pick(schema.enum) : 'bogus';
    switch (schema.type) {
      case 'string': {
        const max = typeof schema.maxLength === 'number' ? schema.maxLength : 300;
        const roll = next();
        if (roll < 0.5 && typeof schema.example === 'string') return schema.example;
        if (roll < 0.6) return 'x'.repeat(max + (next() < 0.5 ? 0 : 1));
        if (roll < 0.65) return '😀'.repeat(Math.ceil(max / 2) + (next() < 0.5 ? 0 : 1));
        return pick(STRINGS);
      }
      case 'integer':
      case 'number': {
        const min = typeof schema.minimum === 'number' ? schema.minimum : -5;
        const max = typeof schema.maximum === 'number' ? schema.maximum : 100;
        return pick([min, min - 1, max, max + 1, 1.5, 3, Number.MAX_SAFE_INTEGER + 2]);
      }
      case 'boolean':
        return next() < 0.5;
      case 'array': {
        const length = Math.floor(next() * 4);
        const items = Array.from({ length }, () => value(schema.items, depth + 1));
        if (items.length > 0 && next() < 0.1) items.push(items[0]);
        return items;
      }
      case 'object': {
        const properties = Object.entries((schema.properties ?? {}) as Record<string, unknown>);
        const required = new Set((schema.required ?? []) as string[]);
        let entries = properties
          .filter(([name]) => next() < (required.has(name) ? 0.95 : depth > 2 ? 0.2 : 0.6))
          .map(([name, property]): [string, unknown] => [name, value(property, depth + 1)]);
        if (next() < 0.15) entries = entries.reverse();
        if (next() < 0.1) entries.push(['unexpected', 'field']);
        return Object.fromEntries(entries);
      }
      default:
        return 'x';
    }
  }
  return value;
}

/** Does every valid body hold a string with a `format` (an e-mail), which only zod judges? */
function requiresFormat(input: unknown): boolean {
  const schema = resolveRef(contractDocument, input) as Schema;
  if (typeof schema.format === 'string') return true;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  return ((schema.required ?? []) as string[]).some((name) => requiresFormat(properties[name]));
}

const schemas = requestBodySchemas as Record<string, z.ZodMiniType | undefined>;
const operations = contractOperations().filter(
  (operation) => operation.jsonBodySchema !== undefined && schemas[operation.operationId],
);

describe('the compiled body check (sure only of what zod accepts unchanged)', () => {
  it('covers every JSON request body', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    '%s: whenever it is sure, zod accepts the body and returns it equal, keys in the same order',
    (_, operation) => {
      const check = compileFastCheck(contractDocument, operation.jsonBodySchema);
      const schema = schemas[operation.operationId] as z.ZodMiniType;
      const value = generator(0x5eed + operation.operationId.length);
      let sure = 0;
      let valid = 0;
      for (let i = 0; i < 1500; i++) {
        const body = JSON.parse(JSON.stringify(value(operation.jsonBodySchema)));
        const parsed = safeParse(schema, body);
        if (parsed.success) valid++;
        if (!check(body)) continue;
        sure++;
        expect(parsed.success, `zod refuses what the check was sure of: ${JSON.stringify(body)}`).toBe(true);
        expect(JSON.stringify(parsed.data), 'zod returns it unchanged').toBe(JSON.stringify(body));
      }
      // The comparison means something only if the check is sure of a share of the valid bodies
      // (bodies with e-mails or formats are always left to zod).
      if (valid >= 100 && !requiresFormat(operation.jsonBodySchema))
        expect(sure, `sure of ${sure} of ${valid} valid bodies`).toBeGreaterThan(valid / 10);
    },
  );

  it('is sure of the benchmark create body, and not of one with an undeclared or reordered key', () => {
    const create = operations.find((operation) => operation.operationId === 'provisionWholesaleCustomer');
    const check = compileFastCheck(contractDocument, create?.jsonBodySchema);
    const body = {
      provisioningId: 'bench-provisioning',
      packages: ['webex_calling'],
      externalId: 'bench-1',
      address: {
        addressLine1: '1 Main St',
        city: 'Austin',
        stateOrProvince: 'TX',
        zipOrPostalCode: '78701',
        country: 'US',
      },
    };
    expect(check(body)).toBe(true);
    expect(check({ ...body, extra: 1 })).toBe(false);
    const { address, ...withoutAddress } = body;
    expect(check({ address, ...withoutAddress })).toBe(false);
    expect(check({ ...body, address: { ...body.address, country: 'USA' } })).toBe(false);
    expect(check({ ...body, packages: [] })).toBe(false);
    expect(check({ ...body, customerInfo: { name: 'N', primaryEmail: 'n@example.com' } })).toBe(false);
  });
});
