import { expect, it } from 'vitest';
import type { MockApp } from '../src/app/app.js';
import {
  type ContractOperation,
  contractDocument,
  contractOperations,
  resolveRef,
} from '../src/core/contract.js';
import { WORLD } from '../src/store/seed-world.js';
import type { createClient } from './http-client.js';

type Call = ReturnType<typeof createClient>;
interface Schema {
  type?: string | string[];
  enum?: unknown[];
  maxLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  $ref?: string;
}
interface Case {
  label: string;
  path: string;
  headers?: Record<string, string>;
  rawBody?: string;
  contentType?: string;
}

const resolve = (schema: Schema | undefined): Schema => resolveRef(contractDocument, schema ?? {}) as Schema;

/** Valid path parameters from the seed, so each case fails for its one defect. */
function pathFor(operation: ContractOperation, app: MockApp, overrides: Record<string, string> = {}): string {
  const anna = app.store.directory.userByEmail('anna.schmidt@berlin-bakery.example.com')?.id ?? '';
  const customer = app.store.customerByExternal('ext-1');
  const values: Record<string, string> = {
    orgId: WORLD.provisionedCustomer,
    userId: anna,
    trialId: 'trial_johns_pizza',
    orderId: 'ord_1002',
    customerId: customer?.id ?? '',
    subscriberId: app.store.listSubscribers({ customerId: customer?.id, offset: 0, max: 1 })[0]?.id ?? '',
  };
  const path = operation.pattern.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(overrides[name] ?? values[name] ?? 'x'),
  );
  return operation.operationId === 'importUsers' ? `${path}?dryRun=true` : path;
}

function wrongTypeOf(schema: Schema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'string') return 12345;
  if (type === 'integer' || type === 'number') return 'twelve';
  if (type === 'boolean') return 'yes';
  if (type === 'array') return 'not-an-array';
  return 7;
}

/** The example body of the contract, mutated one defect at a time. */
function bodyCases(operation: ContractOperation, path: string): Case[] {
  const op = (contractDocument.paths[operation.pattern] as Record<string, { requestBody?: unknown }>)[
    operation.method
  ];
  const content = (
    resolve(op?.requestBody as Schema) as {
      content?: Record<
        string,
        { schema?: Schema; example?: unknown; examples?: Record<string, { value: unknown }> }
      >;
    }
  ).content;
  const json = content?.['application/json'];
  if (!json) return [];
  const example = (json.example ?? Object.values(json.examples ?? {})[0]?.value ?? {}) as Record<
    string,
    unknown
  >;
  const schema = resolve(json.schema);
  // For a oneOf, the alternative the example is an instance of.
  const shape = schema.properties
    ? schema
    : ((schema.oneOf ?? []).map(resolve).find((alt) => (alt.required ?? []).every((key) => key in example)) ??
      {});
  const send = (label: string, body: unknown): Case => ({ label, path, rawBody: JSON.stringify(body) });
  const cases: Case[] = [
    { label: 'bad JSON', path, rawBody: '{"oops":' },
    { label: 'wrong content type', path, rawBody: 'a=1', contentType: 'application/x-www-form-urlencoded' },
    send('an array', []),
    send('null', null),
    send('an unknown field only', { __unknown: true }),
  ];
  for (const [name, property] of Object.entries(shape.properties ?? {})) {
    const field = resolve(property);
    cases.push(send(`${name}: wrong type`, { ...example, [name]: wrongTypeOf(field) }));
    if (field.enum) cases.push(send(`${name}: unknown enum`, { ...example, [name]: 'not_a_value' }));
    if (field.maxLength)
      cases.push(send(`${name}: oversized`, { ...example, [name]: 'x'.repeat(field.maxLength + 1) }));
  }
  for (const name of shape.required ?? []) {
    const { [name]: _missing, ...rest } = example;
    cases.push(send(`${name}: missing`, rest));
  }
  return cases;
}

function parameterCases(operation: ContractOperation, path: string, app: MockApp): Case[] {
  const cases: Case[] = [];
  const [base, search] = path.split('?');
  for (const parameter of operation.parameters) {
    const schema = resolve(parameter.schema as Schema);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    if (parameter.in === 'query') {
      const bad =
        type === 'integer' || type === 'boolean'
          ? 'abc'
          : schema.enum
            ? 'not_a_value'
            : schema.maxLength
              ? 'x'.repeat(schema.maxLength + 1)
              : undefined;
      if (bad !== undefined) {
        const query = new URLSearchParams(search);
        query.set(parameter.name, bad);
        cases.push({ label: `query ${parameter.name}=${bad.slice(0, 12)}`, path: `${base}?${query}` });
      }
    }
    if (parameter.in === 'path' && schema.maxLength) {
      const oversized = pathFor(operation, app, { [parameter.name]: 'x'.repeat(schema.maxLength + 1) });
      cases.push({ label: `path ${parameter.name} oversized`, path: oversized });
    }
  }
  for (const parameter of operation.parameters.filter((p) => p.in === 'header')) {
    const schema = resolve(parameter.schema as Schema);
    if (schema.maxLength)
      cases.push({
        label: `header ${parameter.name} oversized`,
        path,
        headers: { [parameter.name]: 'x'.repeat(schema.maxLength + 1) },
      });
  }
  if (operation.bodyMediaTypes.includes('text/csv')) {
    cases.push({ label: 'empty CSV', path, rawBody: ' ', contentType: 'text/csv' });
    cases.push({ label: 'CSV as JSON', path, rawBody: '{}', contentType: 'application/json' });
    cases.push({
      label: 'unterminated quote',
      path,
      rawBody: 'User ID/Email (Required)\n"a@b',
      contentType: 'text/csv',
    });
    cases.push({
      label: 'unknown column',
      path,
      rawBody: 'User ID/Email (Required),Salary\na@b.example.com,1\n',
      contentType: 'text/csv',
    });
  }
  return cases;
}

/**
 * Malformed input to EVERY operation of the contract, generated from the contract itself: new
 * operations are covered automatically. Each answer is a 4xx with a readable description, never a
 * 5xx, and the store is unchanged.
 */
export function malformedEveryOperation(context: () => { call: Call; app: MockApp }) {
  it('answers 4xx to malformed input of every operation, never 5xx, and changes nothing', async () => {
    const { call, app } = context();
    const before = app.store.snapshot();
    let checked = 0;
    for (const operation of contractOperations()) {
      const path = pathFor(operation, app);
      for (const c of [...bodyCases(operation, path), ...parameterCases(operation, path, app)]) {
        const label = `${operation.operationId}: ${c.label}`;
        const answer = await call(operation.method.toUpperCase(), operation.pattern, {
          path: c.path,
          soft: true,
          ...(c.headers ? { headers: c.headers } : {}),
          ...(c.rawBody === undefined
            ? {}
            : { rawBody: c.rawBody, contentType: c.contentType ?? 'application/json' }),
        });
        expect.soft(answer.status, label).toBeGreaterThanOrEqual(400);
        expect.soft(answer.status, label).toBeLessThan(500);
        expect.soft(answer.json?.errors?.[0]?.description?.length ?? 0, label).toBeGreaterThan(5);
        expect.soft(app.store.snapshot(), label).toBe(before);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
}
