import fc from 'fast-check';
import type { MockApp } from '../src/app/app.js';
import {
  type ContractOperation,
  contractDocument,
  type ParameterSchema,
  resolveRef,
} from '../src/core/contract.js';
import { WORLD } from '../src/store/seed-world.js';

/**
 * fast-check arbitraries of hostile requests, built from the contract: for each operation, its
 * parameters and its request body schema (with the contract's own example as the valid baseline),
 * one defect at a time. `mustReject` says whether the contract itself forbids the input (then only
 * a 4xx is right); the other cases (hostile text in a free-text field, extra fields where the
 * schema allows them) may also be accepted, but never with a 5xx.
 */
export interface Schema extends ParameterSchema {
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  pattern?: string;
  const?: unknown;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

export interface FuzzCase {
  kind: string;
  /** The request path below the base URL, query string included. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  mustReject: boolean;
}

const resolve = (schema: Schema | undefined): Schema => resolveRef(contractDocument, schema ?? {}) as Schema;

/** Text that has broken parsers, renderers and loggers: markup, bidi overrides, NUL, lone surrogates. */
export const HOSTILE_TEXT = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror=alert(1)>',
  '\u202Egnp.exe\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  'Z̵̡̢͇̟a̸̧͍l̶̨̛g̷o̵',
  '👩🏽‍💻🏳️‍🌈',
  '../../../../etc/passwd',
  "' OR '1'='1",
  // A template injection, assembled so that it is not one here.
  ['$', '{constructor.constructor("return process")()}'].join(''),
  '%s%n%x',
  'ﷺ'.repeat(50),
  '\r\n\r\nHTTP/1.1 200 OK',
];
const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'toString',
  'hasOwnProperty',
];
const HUGE_NUMBERS = [1e308, -1e308, 2 ** 53 + 2, -(2 ** 53) - 2, 1.5, -1, 0, 1e21, 5e-324];
const JSON_KINDS: unknown[] = ['text', 12345, 1.5, true, null, [], {}, [1, 2]];

const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
/** Printable ASCII only: `fetch` refuses other bytes in a header value. */
const headerJunk = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.integer({ min: 100, max: 5_000 }).map((n) => 'x'.repeat(n)),
);

/** The JSON types a schema allows, through `oneOf`/`anyOf` (`[AdminRole, null]`); empty when unsure. */
function typesOf(schema: Schema): string[] {
  const alternatives = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].map(resolve);
  const own = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const nested = alternatives.map(typesOf);
  if (nested.some((types) => types.length === 0)) return [];
  return [...new Set([...own, ...nested.flat()])];
}

function matchesType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'null') return value === null;
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === type;
}

/** A value breaking a number's bounds or integer-ness as the schema states them. */
function breaksNumber(value: number, schema: Schema): boolean {
  if (typesOf(schema).includes('integer') && !Number.isInteger(value)) return true;
  if (schema.minimum !== undefined && value < schema.minimum) return true;
  if (schema.maximum !== undefined && value > schema.maximum) return true;
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return true;
  return schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum;
}

/**
 * Whether the schema certainly refuses this text: out of its length bounds (in code points and in
 * UTF-16 units alike), not one of its enum values, not matching its pattern, or an e-mail without `@`.
 */
export function breaksString(value: string, schema: Schema): boolean {
  if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return true;
  if (schema.minLength !== undefined && value.length < schema.minLength) return true;
  if (schema.enum && !schema.enum.includes(value)) return true;
  if (schema.const !== undefined && schema.const !== value) return true;
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return true;
  return schema.format === 'email' && !value.includes('@');
}

/** The schema of a JSON body; for a oneOf, the alternative the example is an instance of. */
function shapeOf(schema: Schema, example: unknown): Schema {
  const root = resolve(schema);
  if (root.properties) return root;
  const alternatives = (root.oneOf ?? root.anyOf ?? []).map(resolve);
  if (alternatives.length === 0) return root;
  if (typeof example === 'object' && example !== null && !Array.isArray(example))
    return alternatives.find((alt) => (alt.required ?? []).every((key) => key in example)) ?? root;
  // A scalar that may take several forms (`AdminRole | null`): one schema allowing all of them.
  const merged: Schema = Object.assign({}, ...alternatives);
  merged.type = typesOf(root);
  const enums = alternatives.map((alt) => alt.enum ?? (typesOf(alt).join() === 'null' ? [null] : undefined));
  merged.enum = enums.every(Boolean) ? enums.flatMap((values) => [...(values ?? [])]) : undefined;
  return merged;
}

interface Slot {
  path: string[];
  schema: Schema;
  parent: Schema;
  required: boolean;
}

/** Every property of the example body that the schema describes, nested objects included. */
function slotsOf(shape: Schema, value: unknown, path: string[] = []): Slot[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const slots: Slot[] = [];
  for (const [name, property] of Object.entries(shape.properties ?? {})) {
    const schema = shapeOf(property, (value as Record<string, unknown>)[name]);
    const slot = {
      path: [...path, name],
      schema,
      parent: shape,
      required: (shape.required ?? []).includes(name),
    };
    slots.push(slot);
    slots.push(...slotsOf(schema, (value as Record<string, unknown>)[name], slot.path));
  }
  return slots;
}

function withValue(root: unknown, path: string[], value: unknown, remove = false): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return copy;
    node = next as Record<string, unknown>;
  }
  const last = path[path.length - 1] as string;
  if (remove) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function jsonBody(operation: ContractOperation) {
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
  ).content?.['application/json'];
  if (!content) return undefined;
  const example = (content.example ?? Object.values(content.examples ?? {})[0]?.value ?? {}) as Record<
    string,
    unknown
  >;
  return { example, shape: shapeOf(content.schema ?? {}, example) };
}

/** Hostile JSON bodies for one operation, each with whether the contract forbids it. */
function bodyMutations(
  operation: ContractOperation,
): fc.Arbitrary<{ kind: string; body: string; type: string; mustReject: boolean }> | undefined {
  const found = jsonBody(operation);
  if (!found) return undefined;
  const { example, shape } = found;
  const valid = JSON.stringify(example);
  const json = 'application/json';
  const slots = slotsOf(shape, example);
  const send = (kind: string, body: unknown, mustReject: boolean) => ({
    kind,
    body: JSON.stringify(body),
    type: json,
    mustReject,
  });
  const options: fc.Arbitrary<{ kind: string; body: string; type: string; mustReject: boolean }>[] = [
    fc.integer({ min: 0, max: Math.max(0, valid.length - 1) }).chain((cut) =>
      fc.constantFrom('', '}', ',', '"', '\\', '{{', 'NaN', 'undefined').map((tail) => ({
        kind: 'broken JSON',
        body: `${valid.slice(0, cut)}${tail}`.trim() || '{',
        type: json,
        mustReject: true,
      })),
    ),
    fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'text/csv',
        'multipart/form-data',
        'application/xml',
        'application/jsonx',
      )
      .map((type) => ({
        kind: `content-type ${type}`,
        body: valid,
        type,
        mustReject: true,
      })),
    fc
      .constantFrom<unknown>(null, [], 42, 'text', true, [example])
      .map((body) => send('not an object', body, true)),
    fc
      .tuple(
        fc.constantFrom(...PROTOTYPE_KEYS, 'unknownField'),
        fc.constantFrom<unknown>({ polluted: true }, 'x', 1, null),
      )
      .map(([key, value]) => {
        const strict = shape.additionalProperties === false;
        return {
          kind: `extra field ${key}`,
          body: JSON.stringify(withValue(example, [key], value)),
          type: json,
          mustReject: strict,
        };
      }),
    fc
      .constant(`{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`)
      .map((body) => ({
        kind: 'prototype pollution only',
        body,
        type: json,
        mustReject: (shape.required ?? []).length > 0,
      })),
  ];
  if (slots.length > 0) {
    const slot = fc.constantFrom(...slots);
    options.push(
      slot.chain((s) => {
        const types = typesOf(s.schema);
        const wrong = JSON_KINDS.filter(
          (value) => types.length > 0 && !types.some((type) => matchesType(value, type)),
        );
        return wrong.length === 0
          ? fc.constant(send('no wrong type', example, false))
          : fc
              .constantFrom(...wrong)
              .map((value) =>
                send(`${s.path.join('.')}: wrong type`, withValue(example, s.path, value), true),
              );
      }),
      slot.map((s) =>
        send(`${s.path.join('.')}: missing`, withValue(example, s.path, undefined, true), s.required),
      ),
      slot.chain((s) =>
        typesOf(s.schema).includes('string')
          ? fc
              .tuple(hostileText, fc.integer({ min: 1, max: 3 }))
              .map(([text, times]) => text.repeat(times))
              .map((value) =>
                send(
                  `${s.path.join('.')}: hostile text`,
                  withValue(example, s.path, value),
                  breaksString(value, s.schema),
                ),
              )
          : fc.constant(send('no string slot', example, false)),
      ),
      slot.map((s) =>
        s.schema.maxLength !== undefined
          ? send(
              `${s.path.join('.')}: oversized`,
              withValue(example, s.path, 'é'.repeat(s.schema.maxLength + 1)),
              true,
            )
          : send(
              `${s.path.join('.')}: 50k characters`,
              withValue(example, s.path, 'x'.repeat(50_000)),
              typesOf(s.schema).length > 0 && !typesOf(s.schema).includes('string'),
            ),
      ),
      slot.chain((s) =>
        s.schema.enum
          ? fc
              .constantFrom('not_a_value', '', 'FULL_ADMIN', `${String(s.schema.enum[0])} `)
              .map((value) =>
                send(
                  `${s.path.join('.')}: unknown enum`,
                  withValue(example, s.path, value),
                  !s.schema.enum?.includes(value),
                ),
              )
          : fc.constant(send('no enum', example, false)),
      ),
      slot.chain((s) =>
        typesOf(s.schema).some((type) => type === 'integer' || type === 'number')
          ? fc
              .constantFrom(...HUGE_NUMBERS)
              .map((value) =>
                send(
                  `${s.path.join('.')}: number ${value}`,
                  withValue(example, s.path, value),
                  breaksNumber(value, s.schema),
                ),
              )
          : fc.constant(send('no number slot', example, false)),
      ),
    );
  }
  return fc.oneof(...options);
}

/** Values for the seed's records, so that each case fails for its one defect. */
export function validPathValues(app: MockApp): Record<string, string> {
  const anna = app.store.directory.userByEmail('anna.schmidt@berlin-bakery.example.com')?.id ?? '';
  const customer = app.store.customerByExternal('ext-1');
  return {
    orgId: WORLD.provisionedCustomer,
    userId: anna,
    trialId: 'trial_johns_pizza',
    orderId: 'ord_1002',
    customerId: customer?.id ?? '',
    subscriberId: app.store.listSubscribers({ customerId: customer?.id, offset: 0, max: 1 })[0]?.id ?? '',
  };
}

/** `encodeURIComponent` throws on a lone surrogate; the browser's URL parser sends U+FFFD instead. */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

const fill = (pattern: string, values: Record<string, string>) =>
  pattern.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? 'x'));

/** A query string value that the parameter's schema forbids, or hostile text it may accept. */
function queryValue(schema: Schema): fc.Arbitrary<{ raw: string; mustReject: boolean }> {
  const type = typesOf(schema).find((t) => t !== 'null') ?? 'string';
  const item = type === 'array' ? resolve(schema.items as Schema) : schema;
  const itemType = typesOf(item).find((t) => t !== 'null') ?? 'string';
  if (itemType === 'integer' || itemType === 'number')
    return fc.oneof(
      fc
        .constantFrom('abc', '', ' ', '1e400', 'NaN', 'Infinity', '0x10', '1,5')
        .map((raw) => ({ raw, mustReject: raw !== '0x10' && !(type === 'array' && raw === '1,5') })),
      fc
        .constantFrom(...HUGE_NUMBERS)
        .map((value) => ({ raw: String(value), mustReject: breaksNumber(value, item) })),
    );
  if (itemType === 'boolean')
    return fc.constantFrom('yes', 'TRUE', '1', '', 'null').map((raw) => ({ raw, mustReject: true }));
  if (item.enum)
    return fc.constantFrom('not_a_value', '<b>', '__proto__').map((raw) => ({ raw, mustReject: true }));
  return fc.oneof(
    hostileText.map((raw) => ({ raw, mustReject: breaksString(raw, item) })),
    fc.integer({ min: 1, max: 3_000 }).map((extra) => ({
      raw: 'q'.repeat((item.maxLength ?? 1_000) + extra),
      mustReject: item.maxLength !== undefined,
    })),
  );
}

/** Every hostile request for one operation: body, query, path and header defects, and bad tokens. */
export function fuzzCases(operation: ContractOperation, app: MockApp): fc.Arbitrary<FuzzCase> {
  const values = validPathValues(app);
  const suffix = operation.operationId === 'importUsers' ? '?dryRun=true' : '';
  const path = `${fill(operation.pattern, values)}${suffix}`;
  const base: Record<string, string> = operation.public ? {} : { authorization: 'Bearer partner-full-admin' };
  const body = jsonBody(operation);
  const validBody = body
    ? JSON.stringify(body.example)
    : operation.bodyMediaTypes.includes('text/csv')
      ? 'User ID/Email (Required)\nanna.schmidt@berlin-bakery.example.com\n'
      : undefined;
  const validType = body ? 'application/json' : 'text/csv';
  const withBody = (headers: Record<string, string>) =>
    validBody === undefined
      ? { headers }
      : { headers: { ...headers, 'content-type': validType }, body: validBody };
  const cases: fc.Arbitrary<FuzzCase>[] = [];

  const bodies = bodyMutations(operation);
  if (bodies)
    cases.push(
      bodies.map((b) => ({
        kind: b.kind,
        path,
        headers: { ...base, 'content-type': b.type },
        body: b.body,
        mustReject: b.mustReject,
      })),
    );
  if (operation.bodyMediaTypes.includes('text/csv'))
    cases.push(
      fc.oneof(
        hostileText.map((text) => ({
          kind: 'hostile CSV',
          path,
          headers: { ...base, 'content-type': 'text/csv' },
          body: `User ID/Email (Required)\n"${text}`,
          mustReject: false,
        })),
        fc.constantFrom('application/json', 'text/plain', 'application/octet-stream').map((type) => ({
          kind: `CSV as ${type}`,
          path,
          headers: { ...base, 'content-type': type },
          body: validBody,
          mustReject: true,
        })),
      ),
    );
  for (const parameter of operation.parameters) {
    const schema = resolve(parameter.schema as Schema);
    if (parameter.in === 'query')
      cases.push(
        queryValue(schema).map(({ raw, mustReject }) => {
          const [pathname, search] = path.split('?');
          const query = new URLSearchParams(search);
          query.set(parameter.name, raw);
          return {
            kind: `query ${parameter.name}`,
            path: `${pathname}?${query}`,
            ...withBody(base),
            mustReject,
          };
        }),
      );
    if (parameter.in === 'path')
      cases.push(
        fc
          .oneof(
            // Not empty, `.` or `..`: those are normalized away by URL parsing and reach another route.
            hostileText
              .map(encodeSegment)
              .filter((segment) => !['', '.', '..', '.%2E', '%2E.', '%2E%2E'].includes(segment)),
            fc.constantFrom(
              '%',
              '%E0%A4%A',
              '%00',
              '%2F..%2F',
              '%2E%2E%2F',
              'x'.repeat(5_000),
              '__proto__',
              'constructor',
            ),
          )
          .map((segment) => ({
            kind: `path ${parameter.name}`,
            path: `${fill(operation.pattern, { ...values, [parameter.name]: '\u0000' }).replace(encodeURIComponent('\u0000'), segment)}${suffix}`,
            ...withBody(base),
            // The segment names no record.
            mustReject: true,
          })),
      );
    if (parameter.in === 'header')
      cases.push(
        headerJunk.map((junk) => ({
          kind: `header ${parameter.name}`,
          path,
          ...withBody({ ...base, [parameter.name.toLowerCase()]: junk }),
          mustReject: schema.maxLength !== undefined && junk.length > schema.maxLength,
        })),
      );
  }
  if (!operation.public)
    cases.push(
      fc
        .oneof(
          fc.constant(''),
          headerJunk.map((junk) => `Bearer ${junk}`),
          fc.constantFrom(
            'Basic cGFydG5lcg==',
            'Bearer',
            'bearer  ',
            'Bearer partner-full-adminx',
            'partner-full-admin',
          ),
        )
        .map((authorization) => ({
          kind: 'bad token',
          path,
          ...withBody(authorization ? { authorization } : {}),
          mustReject: true,
        })),
    );
  return fc.oneof(...cases);
}
