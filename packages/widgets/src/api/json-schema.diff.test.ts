/**
 * The differential test: the widgets' JSON-Schema validator (on `@onramp/contract/json-schemas`)
 * against the contract's zod schemas (`@onramp/contract/schemas`, what the mock server judges with),
 * on the contract's examples, on hand-written bad bodies and on generated ones. They must agree on
 * valid/invalid and on the set of paths at fault. The one place they legitimately differ is tested
 * on its own: `uniqueItems` (zod's arrays accept a repeated item). zod is a dev dependency here only.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type JsonSchema, requestBodyJsonSchemas } from '@onramp/contract/json-schemas';
import { type RequestBodyOperationId, requestBodySchemas } from '@onramp/contract/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filledForm } from '../../test/onboarding-values.js';
import { addAddressErrors, type FieldErrors } from '../customer-onboarding/address-fields.js';
import {
  emptyValues,
  errorKind,
  fieldOfSchemaPath,
  ORDERABLE_PACKAGES,
  toRequest,
  validate as validateForm,
} from '../customer-onboarding/onboarding-form.js';
import { compileSchema, UnsupportedSchemaError, type Validate } from './json-schema.js';

type Id = RequestBodyOperationId & keyof typeof requestBodyJsonSchemas;

/** Every request body the validator compiles (the others use oneOf: json-schema.test.ts pins them). */
const compiled = new Map<Id, Validate>();
for (const [id, schema] of Object.entries(requestBodyJsonSchemas) as [Id, JsonSchema][]) {
  try {
    compiled.set(id, compileSchema(schema));
  } catch (error) {
    if (!(error instanceof UnsupportedSchemaError)) throw error;
  }
}
const ids = [...compiled.keys()];

/** The contract's examples, read from the bundled document (the generated schemas carry no prose). */
const contract = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@onramp/contract/openapi.json'), 'utf8'),
) as {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        requestBody?: { content?: Record<string, { example?: unknown; schema?: { $ref?: string } }> };
      }
    >
  >;
  components: { schemas: Record<string, { example?: unknown }> };
};
function exampleOf(id: string): unknown {
  for (const item of Object.values(contract.paths))
    for (const operation of Object.values(item)) {
      if (operation?.operationId !== id) continue;
      const media = operation.requestBody?.content?.['application/json'];
      const ref = media?.schema?.$ref?.split('/').pop();
      return media?.example ?? (ref ? contract.components.schemas[ref]?.example : undefined);
    }
  return undefined;
}

/** Where zod finds fault: its issues' paths, an unknown key under its own name (zod names the object). */
function zodPaths(id: Id, body: unknown): string[] {
  const result = requestBodySchemas[id].safeParse(body);
  if (result.success) return [];
  const paths = new Set<string>();
  for (const issue of result.error.issues) {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) paths.add([...at, key].join('.'));
    else paths.add(at.join('.'));
  }
  return [...paths].sort();
}

/** Paths of arrays with a repeated item where the schema says uniqueItems: only ours refuse them. */
function repeatedItems(schema: JsonSchema, value: unknown, path = '', into: string[] = []): string[] {
  if (
    schema.uniqueItems &&
    Array.isArray(value) &&
    new Set(value.map((v) => JSON.stringify(v))).size < value.length
  )
    into.push(path);
  if (value && typeof value === 'object' && !Array.isArray(value) && schema.type === 'object')
    for (const [name, child] of Object.entries(schema.properties ?? {}))
      if ((value as Record<string, unknown>)[name] !== undefined)
        repeatedItems(child, (value as Record<string, unknown>)[name], path ? `${path}.${name}` : name, into);
  return into;
}

/**
 * The two agree, up to the documented differences: a repeated item (uniqueItems) only the validator
 * refuses, and the items of an over-long array, which zod does not look at once the length fails.
 * Returns the paths at fault.
 */
function expectAgreement(id: Id, body: unknown): string[] {
  const issues = (compiled.get(id) as Validate)(body);
  const ours = [...new Set(issues.map((issue) => issue.path))].sort();
  const zods = zodPaths(id, body);
  const overlong = issues
    .filter((issue) => issue.code === 'too_long' && Array.isArray(at(body, issue.path)))
    .map((issue) => `${issue.path}.`);
  const onlyUnique = repeatedItems(requestBodyJsonSchemas[id], body).filter((path) => !zods.includes(path));
  expect(
    ours.filter((path) => !overlong.some((array) => path.startsWith(array))),
    `${id}: ${JSON.stringify(body)}`,
  ).toEqual([...new Set([...zods, ...onlyUnique])].sort());
  return ours;
}

const at = (value: unknown, path: string): unknown =>
  path === ''
    ? value
    : path
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

describe('the validator agrees with the contract zod schemas', () => {
  it('covers the create request (the form uses it) and most other bodies', () => {
    expect(ids).toContain('provisionWholesaleCustomer');
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });

  it.each(ids)('%s: its contract example is valid for both', (id) => {
    const example = exampleOf(id);
    expect(example).toBeDefined();
    expect(expectAgreement(id, example)).toEqual([]);
  });

  it.each(ids)('%s: every property missing, too long, too short, of another type, not in its enum', (id) => {
    const base = exampleOf(id) as Record<string, unknown>;
    let faults = 0;
    for (const { path, schema } of leaves(requestBodyJsonSchemas[id])) {
      const bad: unknown[] = [undefined, 42, 'text', [], {}, null, true];
      if (schema.maxLength !== undefined)
        bad.push('x'.repeat(schema.maxLength + 1), 'é'.repeat(schema.maxLength + 1));
      if (schema.minLength) bad.push('x'.repeat(schema.minLength - 1), '');
      if (schema.maximum !== undefined) bad.push(schema.maximum + 1, schema.maximum + 0.5);
      if (schema.minimum !== undefined) bad.push(schema.minimum - 1);
      if (schema.enum) bad.push('not_in_the_enum', String(schema.enum[0]).toUpperCase());
      if (schema.pattern) bad.push('a', 'AAA', 'a%');
      if (schema.format === 'email')
        bad.push('not-an-email', 'a@b', 'a@b.c', ' a@example.com', 'a..b@example.com');
      if (schema.minItems) bad.push([]);
      if (schema.items) bad.push(['not_in_the_enum'], [42]);
      for (const value of bad) {
        const body = setAt(base, path, value);
        const paths = expectAgreement(id, body);
        if (paths.length) faults++;
      }
    }
    // The cases are not vacuous: most of them are faults for both.
    expect(faults).toBeGreaterThan(0);
  });

  it.each(ids)('%s: a body of another type, an empty body, and keys the form would never send', (id) => {
    for (const body of [null, [], 'body', 7]) expect(expectAgreement(id, body)).toEqual(['']);
    const required = requestBodyJsonSchemas[id].required ?? [];
    expect(expectAgreement(id, {})).toEqual([...required].sort());
    const base = exampleOf(id) as Record<string, unknown>;
    // zod strips an unknown key where the contract allows it, and refuses it where the contract says
    // additionalProperties: false; so does the validator.
    const extra = expectAgreement(id, { ...base, unexpected: 'x', provisioning_id: 1 });
    expect(extra).toEqual(
      requestBodyJsonSchemas[id].additionalProperties === false ? ['provisioning_id', 'unexpected'] : [],
    );
  });

  it.each(ids)('%s: generated bodies (fast-check)', (id) => {
    let [valid, invalid] = [0, 0];
    fc.assert(
      fc.property(arbitraryFor(requestBodyJsonSchemas[id]), (body) => {
        if (expectAgreement(id, body).length) invalid++;
        else valid++;
      }),
      { numRuns: 300 },
    );
    // Both kinds were generated, so the agreement says something about each.
    expect(valid, 'valid bodies').toBeGreaterThan(10);
    expect(invalid, 'invalid bodies').toBeGreaterThan(10);
  });
});

describe('where JSON Schema and zod differ', () => {
  it('uniqueItems: a package given twice is refused by the JSON Schema, accepted by zod', () => {
    const body = {
      ...(exampleOf('provisionWholesaleCustomer') as object),
      packages: ['webex_suite', 'webex_suite'],
    };
    expect(zodPaths('provisionWholesaleCustomer', body)).toEqual([]);
    expect(compiled.get('provisionWholesaleCustomer')?.(body)).toEqual([
      { path: 'packages', code: 'not_unique' },
    ]);
    // The form never sends one: its packages are the quantities' names, each once.
    expect(new Set(toRequest(formValues()).packages).size).toBe(toRequest(formValues()).packages.length);
  });

  it('an array over maxItems: zod reports its length only, the validator its items too', () => {
    const body = {
      ...(exampleOf('startTrial') as object),
      services: ['nope', 'calling', 'meetings', 'messaging', 'contact_center'],
    };
    expect(zodPaths('startTrial', body)).toEqual(['services']);
    expect(
      compiled
        .get('startTrial')?.(body)
        .map((issue) => [issue.path, issue.code]),
    ).toEqual([
      ['services', 'too_long'],
      ['services.0', 'enum'],
    ]);
  });

  it('an integer beyond 2^53 is out of range for both (zod: too_big), even without a maximum', () => {
    const validate = compileSchema({ type: 'object', properties: { count: { type: 'integer' } } });
    expect(validate({ count: 2 ** 53 })).toEqual([
      { path: 'count', code: 'maximum', bound: Number.MAX_SAFE_INTEGER },
    ]);
    expect(validate({ count: -(2 ** 53) })).toEqual([
      { path: 'count', code: 'minimum', bound: -Number.MAX_SAFE_INTEGER },
    ]);
    expect(validate({ count: 2 ** 53 - 1 })).toEqual([]);
  });
});

// ————— the form: the same field errors as when it validated with zod —————

/** The form's mapping of zod issues to field errors, as it was before (decisions/0011). */
function zodFieldErrors(request: ReturnType<typeof toRequest>): FieldErrors {
  const result = requestBodySchemas.provisionWholesaleCustomer.safeParse(request);
  const errors: FieldErrors = {};
  const location = request.provisioningParameters?.calling?.location;
  for (const key of ['name', 'timezone', 'language'] as const)
    if (location && !location[key]) errors[`calling.${key}`] = 'required';
  if (!result.success)
    for (const issue of result.error.issues) {
      const field = fieldOfSchemaPath(issue.path.map(String));
      const missing =
        issue.code === 'invalid_type' || (issue.code === 'too_small' && issue.origin !== 'number');
      if (!errors[field]) errors[field] = errorKind(field, missing);
    }
  return addAddressErrors(errors, request.address ?? {});
}

const formValues = filledForm;

describe('the onboarding form shows what it showed with zod', () => {
  const text = (max: number) =>
    fc.oneof(
      fc.constantFrom(
        '',
        '  ',
        'x',
        'x'.repeat(max),
        'x'.repeat(max + 1),
        '😀'.repeat(max),
        '😀'.repeat(max + 1),
      ),
      fc.string({ maxLength: 12 }),
    );
  const values = fc.record({
    name: fc.oneof(text(255), fc.constantFrom('50% off', '%')),
    primaryEmail: fc.oneof(
      fc.constantFrom('', 'owner@example.com', 'not-an-email', 'a@b.c', `${'a'.repeat(320)}@example.com`),
      fc.emailAddress(),
    ),
    language: text(255),
    externalId: text(255),
    provisioningId: text(255),
    addressLine1: text(255),
    addressLine2: text(255),
    city: text(255),
    stateOrProvince: fc.constantFrom('', 'CA', 'on', 'Texas', 'x'.repeat(256)),
    zipOrPostalCode: fc.constantFrom('', '10115', '95035', 'M5V 2T6', 'SW1A 1AA', 'x'.repeat(256)),
    country: fc.constantFrom('', 'D', 'DE', 'de', 'DEU', 'US', 'GB', 'CA', 'NL', 'KW', 'AE', '12'),
    meetingsTimeZone: text(255),
    locationName: text(255),
    locationTimeZone: text(255),
    locationLanguage: text(255),
    quantities: fc.dictionary(
      fc.constantFrom(...ORDERABLE_PACKAGES),
      fc.constantFrom('', '0', '25', '-1', '2.5', 'abc', '1000000', '1000001', '1e20', ' 7 '),
    ),
  });

  it('on the hand-written cases of onboarding-form.test.ts and an empty form', () => {
    for (const patch of [
      {},
      { country: 'de', quantities: { webex_suite: '-1' } },
      { locationName: 'HQ' },
      { country: 'US', stateOrProvince: 'Texas', zipOrPostalCode: '78701' },
    ]) {
      const request = toRequest(formValues(patch));
      expect(validateForm(request, compileSchema)).toEqual(zodFieldErrors(request));
    }
    const empty = toRequest(emptyValues());
    expect(validateForm(empty, compileSchema)).toEqual(zodFieldErrors(empty));
    expect(Object.keys(validateForm(empty, compileSchema)).length).toBeGreaterThan(3);
  });

  it('on generated forms: the same fields, the same messages', () => {
    fc.assert(
      fc.property(values, (typed) => {
        const request = toRequest({ ...emptyValues(), ...typed });
        expect(validateForm(request, compileSchema)).toEqual(zodFieldErrors(request));
      }),
      { numRuns: 1500 },
    );
  });
});

// ————— helpers: the schema's leaves, bad values, and bodies generated from a schema —————

type Path = (string | number)[];

function* leaves(schema: JsonSchema, path: string[] = []): Generator<{ path: string[]; schema: JsonSchema }> {
  if (path.length) yield { path, schema };
  for (const [name, child] of Object.entries(schema.properties ?? {})) yield* leaves(child, [...path, name]);
}

/** A copy of `body` with `value` at `path` (undefined removes it), creating objects on the way. */
function setAt(body: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(body) && typeof head === 'number') {
    const copy = [...body];
    const next = setAt(copy[head], rest, value);
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  const object: Record<string, unknown> =
    body && typeof body === 'object' && !Array.isArray(body) ? { ...(body as object) } : {};
  const next = setAt(object[head], rest, value);
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object;
}

/** Values that break `schema` (or another rule next to it), for the mutations. */
function badValues(schema: JsonSchema): unknown[] {
  const bad: unknown[] = [undefined, 42, 'text', [], {}, null, true, 1.5];
  if (schema.maxLength !== undefined)
    bad.push(
      'x'.repeat(schema.maxLength + 1),
      '😀'.repeat(schema.maxLength + 1),
      '😀'.repeat(schema.maxLength),
    );
  if (schema.minLength) bad.push('x'.repeat(schema.minLength - 1), '');
  if (schema.maximum !== undefined) bad.push(schema.maximum + 1, 2 ** 53);
  if (schema.minimum !== undefined) bad.push(schema.minimum - 1, Number.NaN);
  if (schema.enum) bad.push('not_in_the_enum', String(schema.enum[0]).toUpperCase());
  if (schema.pattern) bad.push('a', 'AAA', 'a%', 'ÄÖ');
  if (schema.format === 'email')
    bad.push('not-an-email', 'a@b', 'a@b.c', ' a@example.com', 'a..b@example.com');
  if (schema.type === 'array') bad.push([...Array(6)].map(() => 'x'));
  return bad;
}

/** Every place of a body its schema speaks of: declared properties (present or not) and items. */
function places(schema: JsonSchema, value: unknown, path: Path = []): { path: Path; schema: JsonSchema }[] {
  const out = [{ path, schema }];
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [name, child] of Object.entries(schema.properties ?? {}))
      out.push(...places(child, (value as Record<string, unknown>)[name], [...path, name]));
  if (Array.isArray(value) && schema.items)
    for (const [i, item] of value.entries())
      out.push(...places(schema.items as JsonSchema, item, [...path, i]));
  return out;
}

/** Valid bodies, and valid bodies with one to three things broken anywhere in them. */
function arbitraryFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const mutations = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 });
  const broken = fc.tuple(validFor(schema), mutations).map(([body, picks]) => {
    let out = body;
    for (const [where, what, extraKey] of picks) {
      const all = places(schema, out);
      const place = all[where % all.length] as (typeof all)[number];
      const current = place.path.reduce<unknown>(
        (node, key) => (node as Record<string, unknown>)?.[key],
        out,
      );
      if (extraKey && current && typeof current === 'object' && !Array.isArray(current))
        out = setAt(out, [...place.path, what % 2 ? 'extra' : 'provisioning_id'], 'x');
      else {
        const bad = badValues(place.schema);
        out = setAt(out, place.path, bad[what % bad.length]);
      }
    }
    return out;
  });
  return fc.oneof(validFor(schema), broken);
}

const EMAILS = fc.stringMatching(
  /^[a-z0-9_+-]{1,8}(\.[a-z0-9]{1,5})?@[a-z0-9]{1,8}(\.[a-z0-9-]{1,5})?\.[a-z]{2,4}$/,
);

/** Values `schema` accepts. */
function validFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string': {
      const [min, max] = [schema.minLength ?? 0, schema.maxLength ?? 50];
      if (schema.format === 'email') return EMAILS.filter((email) => email.length <= max);
      const fits = (text: string) => {
        const length = [...text].length;
        return length >= min && length <= max;
      };
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
      return fc.oneof(
        { arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 12) }), weight: 6 },
        {
          arbitrary: fc.constantFrom('x'.repeat(max), '😀'.repeat(max), 'é'.repeat(Math.max(min, 1))),
          weight: 1,
        },
      );
    }
    case 'integer':
    case 'number':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = validFor(schema.items ?? {});
      const size = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) };
      return schema.uniqueItems
        ? fc.uniqueArray(items, { ...size, selector: (item) => JSON.stringify(item) })
        : fc.array(items, size);
    }
    case 'object': {
      const properties = schema.properties ?? {};
      return fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, validFor(child)])),
        { requiredKeys: (schema.required ?? []).filter((name) => name in properties) },
      );
    }
    default:
      return fc.constant(null);
  }
}
