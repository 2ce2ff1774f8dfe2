import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type JsonSchema,
  provisionWholesaleCustomerRequestBody,
  requestBodyJsonSchemas,
} from '@onramp/contract/json-schemas';
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS, compileSchema, KEYWORDS, UnsupportedSchemaError } from './json-schema.js';

/** Every keyword a schema uses, at any depth (property names are not keywords). */
function keywordsOf(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) keywordsOf(item, into);
  else if (schema && typeof schema === 'object')
    for (const [keyword, value] of Object.entries(schema)) {
      into.add(keyword);
      if (keyword === 'properties')
        for (const child of Object.values(value as object)) keywordsOf(child, into);
      else if (keyword !== 'enum' && keyword !== 'const' && keyword !== 'default' && keyword !== 'required')
        keywordsOf(value, into);
    }
  return into;
}

const packageNames = (
  provisionWholesaleCustomerRequestBody.properties?.packages?.items as JsonSchema | undefined
)?.enum;

const body = () => ({
  provisioningId: 'prov-1',
  packages: ['webex_suite'],
  externalId: 'ext-1',
  address: { addressLine1: '1 Main St', city: 'Berlin', country: 'DE' },
  customerInfo: { name: 'Clean Bakery', primaryEmail: 'owner@example.com' },
  provisioningParameters: { packages: { limits: { webex_suite: 25 } } },
});

describe('compileSchema on the contract schemas the widgets use', () => {
  it('supports every keyword the create request uses (a new rule in the contract fails here)', () => {
    const used = [...keywordsOf(provisionWholesaleCustomerRequestBody)];
    expect(used.filter((keyword) => !KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword))).toEqual([]);
    expect(() => compileSchema(provisionWholesaleCustomerRequestBody)).not.toThrow();
  });

  it('compiles every request body of the contract except those using a keyword it lacks (oneOf, minProperties), which it names', () => {
    const refused: Record<string, string> = {};
    for (const [id, schema] of Object.entries(requestBodyJsonSchemas)) {
      try {
        compileSchema(schema);
      } catch (error) {
        expect(error).toBeInstanceOf(UnsupportedSchemaError);
        refused[id] = (error as UnsupportedSchemaError).keyword;
      }
    }
    // A widget that needs one of these must first teach the validator that keyword (and test it).
    expect(refused).toEqual({
      addUser: 'oneOf',
      mapOrder: 'oneOf',
      setUserAdminRole: 'oneOf',
      setUserLicense: 'oneOf',
      updateUser: 'minProperties',
    });
  });

  it('passes a valid create request', () => {
    const validate = compileSchema(provisionWholesaleCustomerRequestBody);
    expect(validate(body())).toEqual([]);
  });

  it('reports every issue, each with its path, code and bound', () => {
    const validate = compileSchema(provisionWholesaleCustomerRequestBody);
    const bad = {
      ...body(),
      provisioningId: 'p'.repeat(256),
      packages: ['webex_suite', 'webex_suite', 'no_such_package'],
      address: { addressLine1: 7, country: 'd' },
      customerInfo: { name: '', primaryEmail: 'not-an-email' },
      provisioningParameters: { packages: { limits: { webex_suite: -1, webex_calling: 1_000_001 } } },
    };
    delete (bad as { externalId?: string }).externalId;
    expect(validate(bad)).toEqual([
      { path: 'provisioningId', code: 'too_long', bound: 255 },
      { path: 'packages', code: 'not_unique' },
      {
        path: 'packages.2',
        code: 'enum',
        bound: packageNames,
      },
      { path: 'externalId', code: 'required' },
      { path: 'address.addressLine1', code: 'type', bound: 'string' },
      { path: 'address.city', code: 'required' },
      { path: 'address.country', code: 'too_short', bound: 2 },
      { path: 'address.country', code: 'pattern', bound: '^[A-Z]{2}$' },
      { path: 'customerInfo.name', code: 'too_short', bound: 1 },
      { path: 'customerInfo.primaryEmail', code: 'format', bound: 'email' },
      { path: 'provisioningParameters.packages.limits.webex_calling', code: 'maximum', bound: 1_000_000 },
      { path: 'provisioningParameters.packages.limits.webex_suite', code: 'minimum', bound: 0 },
    ]);
  });

  it('stops at a value of the wrong type, and says which type it wanted', () => {
    const validate = compileSchema(provisionWholesaleCustomerRequestBody);
    expect(validate([])).toEqual([{ path: '', code: 'type', bound: 'object' }]);
    expect(validate({ ...body(), address: 'Berlin' })).toEqual([
      { path: 'address', code: 'type', bound: 'object' },
    ]);
    const quantity = (webex_suite: unknown) =>
      validate({ ...body(), provisioningParameters: { packages: { limits: { webex_suite } } } });
    for (const value of [1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null])
      expect(quantity(value)).toEqual([
        { path: 'provisioningParameters.packages.limits.webex_suite', code: 'type', bound: 'integer' },
      ]);
    expect(quantity(1e20)).toEqual([
      { path: 'provisioningParameters.packages.limits.webex_suite', code: 'maximum', bound: 1_000_000 },
    ]);
  });

  it('treats a property set to undefined as absent', () => {
    const validate = compileSchema(provisionWholesaleCustomerRequestBody);
    expect(validate({ ...body(), orgId: undefined })).toEqual([]);
    expect(validate({ ...body(), externalId: undefined })).toEqual([
      { path: 'externalId', code: 'required' },
    ]);
  });

  it('counts lengths in code points: 255 emoji fit a 255-character name, 256 do not', () => {
    const validate = compileSchema(provisionWholesaleCustomerRequestBody);
    const named = (name: string) => ({ ...body(), customerInfo: { name, primaryEmail: 'a@example.com' } });
    expect(validate(named('😀'.repeat(255)))).toEqual([]);
    expect(validate(named('😀'.repeat(256)))).toEqual([
      { path: 'customerInfo.name', code: 'too_long', bound: 255 },
    ]);
  });
});

describe('compileSchema on other schemas', () => {
  it('checks const, additionalProperties (false and a schema), items counts, number and boolean', () => {
    const validate = compileSchema({
      type: 'object',
      additionalProperties: false,
      properties: {
        accepted: { type: 'boolean', const: true },
        tags: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'string' } },
        ratio: { type: 'number', minimum: 0, maximum: 1 },
        meta: { type: 'object', additionalProperties: { type: 'integer' } },
      },
    });
    expect(validate({ accepted: true, tags: ['a'], ratio: 0.5, meta: { a: 1 } })).toEqual([]);
    expect(
      validate({
        accepted: false,
        tags: ['a', 'b', 3],
        ratio: 2,
        meta: { a: 'x' },
        extra: 1,
        gone: undefined,
      }),
    ).toEqual([
      { path: 'accepted', code: 'const', bound: true },
      { path: 'tags', code: 'too_long', bound: 2 },
      { path: 'tags.2', code: 'type', bound: 'string' },
      { path: 'ratio', code: 'maximum', bound: 1 },
      { path: 'meta.a', code: 'type', bound: 'integer' },
      { path: 'extra', code: 'unknown_key' },
    ]);
    expect(validate({ accepted: 'yes', tags: [] })).toEqual([
      { path: 'accepted', code: 'type', bound: 'boolean' },
      { path: 'tags', code: 'too_short', bound: 1 },
    ]);
  });

  it('applies a keyword without `type` only to the values it is about', () => {
    const validate = compileSchema({ minLength: 2, minimum: 3, minItems: 1 });
    expect(validate('a')).toEqual([{ path: '', code: 'too_short', bound: 2 }]);
    expect(validate(1)).toEqual([{ path: '', code: 'minimum', bound: 3 }]);
    expect(validate([])).toEqual([{ path: '', code: 'too_short', bound: 1 }]);
    expect(validate(null)).toEqual([]);
  });

  it.each<[string, JsonSchema, string]>([
    ['oneOf', { oneOf: [{ type: 'string' }, { type: 'null' }] }, 'oneOf'],
    ['a $ref', { properties: { a: { $ref: '#/components/schemas/A' } } }, '$ref'],
    ['a format it does not know', { type: 'string', format: 'uri' }, 'format'],
    ['a list of types', { type: ['string', 'null'] as unknown as 'string' }, 'type'],
    ['exclusiveMinimum', { type: 'integer', exclusiveMinimum: 0 }, 'exclusiveMinimum'],
    // Names an object inherits are not keywords, types or formats.
    ['a keyword named like an inherited property', { toString: 1 }, 'toString'],
    ['a type named like an inherited property', { type: 'constructor' as 'string' }, 'type'],
    ['a format named like an inherited property', { type: 'string', format: 'toString' }, 'format'],
    [
      'patternProperties deep inside',
      { properties: { a: { items: { patternProperties: {} } } } },
      'patternProperties',
    ],
  ])('throws on %s, naming the keyword and where', (_, schema, keyword) => {
    expect(() => compileSchema(schema)).toThrow(UnsupportedSchemaError);
    try {
      compileSchema(schema);
    } catch (error) {
      expect((error as UnsupportedSchemaError).keyword).toBe(keyword);
      expect((error as Error).message).toContain(`"${keyword}"`);
    }
  });
});

describe('no widget ships zod', () => {
  it('no source of the kit (tests and stories aside) imports zod or the contract zod schemas', () => {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const sources = (readdirSync(src, { recursive: true }) as string[]).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.stories.ts'),
    );
    expect(sources).toContain(join('customer-onboarding', 'onboarding-form.ts'));
    const importing = sources.filter((file) =>
      /from '(zod[/']|@onramp\/contract\/schemas')|import\('(zod|@onramp\/contract\/schemas)/.test(
        readFileSync(join(src, file), 'utf8'),
      ),
    );
    expect(importing).toEqual([]);
  });
});
