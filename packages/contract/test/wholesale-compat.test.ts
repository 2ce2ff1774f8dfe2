import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv.js';
import {
  deref,
  type JsonSchema,
  loadContract,
  loadReference,
  type Operation,
  operations,
} from './load-contract.js';

// The wholesale part must stay wire-compatible with the real API: same operations, parameters,
// success codes, request fields and required sets, response fields and enums. Onramp may ADD
// response fields (marked "Onramp extension") and tighten validation the real service applies anyway.
const contract = loadContract();
const reference = loadReference();
const referenceOps = [...operations(reference)];

/**
 * Deliberate deviations, each with its reason. The reference types the precheck `info` as an object
 * but describes it as "a list" and its own example is a list: Onramp follows the list.
 */
const knownDeviations = new Set([
  '200.info: type object became array',
  '200.info.infoCode: missing',
  '200.info.description: missing',
]);

const ours = (path: string, method: string): Operation => {
  const operation = contract.paths[path]?.[method];
  if (!operation) throw new Error(`missing ${method.toUpperCase()} ${path}`);
  return operation;
};
const jsonSchema = (doc: unknown, node: { content?: Record<string, { schema?: JsonSchema }> } | undefined) =>
  deref(doc, node?.content?.['application/json']?.schema);

type Shape = {
  type?: unknown;
  enum?: unknown[];
  properties?: Record<string, Shape>;
  items?: Shape;
  required?: string[];
};

/** Every property of the reference shape exists in ours, with the same type, enum and requiredness. */
function compareShapes(
  ref: Shape | undefined,
  mine: Shape | undefined,
  at: string,
  problems: string[],
  mode: 'request' | 'response',
) {
  if (!ref || !mine) return;
  const refType = ref.type === 'number' && mine.type === 'integer' ? 'integer' : ref.type;
  if (refType && refType !== mine.type)
    problems.push(`${at}: type ${String(ref.type)} became ${String(mine.type)}`);
  if (ref.enum) {
    const missing = ref.enum.filter((v) => !mine.enum?.includes(v));
    if (missing.length) problems.push(`${at}: enum lost ${missing.join(', ')}`);
    const added = (mine.enum ?? []).filter((v) => !ref.enum?.includes(v));
    if (added.length) problems.push(`${at}: enum added ${added.join(', ')}`);
  }
  for (const [name, child] of Object.entries(ref.properties ?? {})) {
    if (!mine.properties?.[name]) problems.push(`${at}.${name}: missing`);
    else compareShapes(child, mine.properties[name], `${at}.${name}`, problems, mode);
  }
  if (mode === 'request') {
    const extra = Object.keys(mine.properties ?? {}).filter((name) => !ref.properties?.[name]);
    if (extra.length) problems.push(`${at}: request fields the real API lacks: ${extra.join(', ')}`);
    const refRequired = [...(ref.required ?? [])].sort();
    const myRequired = [...(mine.required ?? [])].sort();
    if (refRequired.join() !== myRequired.join())
      problems.push(`${at}: required ${refRequired} became ${myRequired}`);
  }
  compareShapes(ref.items, mine.items, `${at}[]`, problems, mode);
}

describe('wholesale operations are wire-compatible with the real API', () => {
  it('covers every wholesale operation of the reference, and adds none under /wholesale', () => {
    const mine = [...operations(contract)]
      .filter((o) => o.path.startsWith('/wholesale'))
      .map((o) => `${o.method} ${o.path}`);
    expect(mine.sort()).toEqual(referenceOps.map((o) => `${o.method} ${o.path}`).sort());
  });

  it.each(referenceOps)('$method $path: same parameters', ({ path, method, operation }) => {
    const refParams = (deref(reference, operation.parameters) ?? []).map((p) => `${p.in}:${p.name}`).sort();
    const myParams = (deref(contract, ours(path, method).parameters) ?? [])
      .filter((p) => p.in !== 'header') // Onramp adds the optional Idempotency-Key header
      .map((p) => `${p.in}:${p.name}`)
      .sort();
    expect(myParams).toEqual(refParams);
  });

  it.each(referenceOps)('$method $path: same success status codes', ({ path, method, operation }) => {
    const success = (r: Operation) =>
      Object.keys(r.responses)
        .filter((code) => code.startsWith('2'))
        .sort();
    expect(success(ours(path, method))).toEqual(success(operation));
  });

  it.each(referenceOps)(
    '$method $path: declares every error status the reference declares, and 431',
    ({ path, method, operation }) => {
      const mine = Object.keys(ours(path, method).responses);
      const errors = Object.keys(operation.responses).filter((code) => Number(code) >= 400);
      expect(mine).toEqual(expect.arrayContaining([...errors, '431']));
    },
  );

  it.each(referenceOps)(
    '$method $path: documents the trackingid header on every success answer',
    ({ path, method }) => {
      for (const [code, response] of Object.entries(ours(path, method).responses))
        if (code.startsWith('2')) expect(Object.keys(response.headers ?? {}), code).toContain('trackingid');
    },
  );

  it.each(referenceOps.filter((o) => o.operation.requestBody))(
    '$method $path: same request fields',
    ({ path, method, operation }) => {
      const problems: string[] = [];
      compareShapes(
        jsonSchema(reference, operation.requestBody),
        jsonSchema(contract, ours(path, method).requestBody),
        'body',
        problems,
        'request',
      );
      expect(problems).toEqual([]);
    },
  );

  it.each(referenceOps)(
    '$method $path: responses carry the same fields and enums',
    ({ path, method, operation }) => {
      const problems: string[] = [];
      for (const [code, response] of Object.entries(operation.responses).filter(([c]) => c.startsWith('2'))) {
        const mine = ours(path, method).responses[code];
        compareShapes(
          jsonSchema(reference, response),
          jsonSchema(contract, mine),
          `${code}`,
          problems,
          'response',
        );
      }
      const precheck = path.endsWith('/validate');
      expect(problems.filter((p) => !(precheck && knownDeviations.has(p)))).toEqual([]);
    },
  );

  it('accepts the requests the real API documents (its own examples)', () => {
    const ajv = createAjv();
    ajv.addSchema({ ...contract, $id: 'onramp' } as object);
    const unquote = (value: unknown): unknown =>
      typeof value === 'string'
        ? value.replace(/^["'](.*)["']$/s, '$1')
        : Array.isArray(value)
          ? value.map(unquote)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unquote(v)]))
            : value;
    let checked = 0;
    for (const { path, method, operation } of referenceOps) {
      const example = operation.requestBody?.content?.['application/json']?.example;
      if (example === undefined) continue;
      const schema = ours(path, method).requestBody?.content?.['application/json']?.schema as {
        $ref: string;
      };
      const validate = ajv.getSchema(`onramp${schema.$ref}`);
      expect(validate, `${method} ${path}`).toBeDefined();
      const ok = validate?.(unquote(example));
      expect(validate?.errors ?? [], `${method} ${path}`).toEqual([]);
      expect(ok).toBe(true);
      checked++;
    }
    expect(checked).toBe(6);
  });

  it('marks every response field the real API lacks as an Onramp extension', () => {
    const customer = contract.components.schemas.Customer as {
      properties: Record<string, { description?: string; $ref?: string }>;
    };
    const refCustomer = reference.components.schemas.Customer as { properties: Record<string, unknown> };
    const added = Object.keys(customer.properties).filter((name) => !(name in refCustomer.properties));
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) {
      const field = deref(contract, customer.properties[name]) as { description?: string };
      expect(field.description, `Customer.${name}`).toMatch(/Onramp extension/);
    }
  });
});
