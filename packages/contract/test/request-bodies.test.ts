import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { requestBodySchemas } from '../src/schemas/index.js';
import { deref, type JsonSchema, loadContract, operations } from './load-contract.js';

// The zod schemas cannot drift from the contract: each is turned into JSON Schema and compared,
// constraint by constraint, with the contract's request body.
const contract = loadContract();
const withJsonBodies = [...operations(contract)].filter(
  (o) => o.operation.requestBody?.content?.['application/json'],
);

type S = JsonSchema & {
  type?: string;
  properties?: Record<string, S>;
  items?: S;
  required?: string[];
  enum?: unknown[];
  anyOf?: S[];
  oneOf?: S[];
};
const compared = [
  'type',
  'const',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
] as const;

function nullableInner(schema: S): S {
  const variants = schema.anyOf ?? schema.oneOf;
  if (!variants) return schema;
  const nonNull = variants.filter((v) => v.type !== 'null');
  return nonNull.length === 1 && nonNull[0] ? { ...nonNull[0], nullable: true } : schema;
}

const variants = (schema: S) => (schema.anyOf ?? schema.oneOf ?? []).filter((v) => v.type !== 'null');

export function diffSchemas(expected: S, actual: S, at: string, problems: string[]) {
  const want = nullableInner(expected);
  const got = nullableInner(actual);
  const [wantVariants, gotVariants] = [variants(want), variants(got)];
  if (wantVariants.length > 1 || gotVariants.length > 1) {
    if (wantVariants.length !== gotVariants.length)
      problems.push(`${at}: ${wantVariants.length} variants ≠ zod ${gotVariants.length}`);
    wantVariants.forEach((variant, i) => {
      const other = gotVariants[i];
      if (other) diffSchemas(variant, other, `${at}|${i}`, problems);
    });
    return;
  }
  for (const key of compared) {
    // zod spells an e-mail as format + its own pattern; the contract says format: email.
    if ((key === 'format' || key === 'pattern') && want.format === 'email' && got.format === 'email')
      continue;
    if (want[key] !== got[key])
      problems.push(`${at}: ${key} ${JSON.stringify(want[key])} ≠ zod ${JSON.stringify(got[key])}`);
  }
  if (want.enum || got.enum) {
    const a = JSON.stringify([...(want.enum ?? [])].sort());
    const b = JSON.stringify([...(got.enum ?? [])].sort());
    if (a !== b) problems.push(`${at}: enum ${a} ≠ zod ${b}`);
  }
  const wantProps = Object.keys(want.properties ?? {}).sort();
  const gotProps = Object.keys(got.properties ?? {}).sort();
  if (wantProps.join() !== gotProps.join()) problems.push(`${at}: properties ${wantProps} ≠ zod ${gotProps}`);
  const wantReq = [...(want.required ?? [])].sort().join();
  const gotReq = [...(got.required ?? [])].sort().join();
  if (wantReq !== gotReq) problems.push(`${at}: required [${wantReq}] ≠ zod [${gotReq}]`);
  for (const name of wantProps) {
    const child = want.properties?.[name];
    const other = got.properties?.[name];
    if (child && other) diffSchemas(child, other, `${at}.${name}`, problems);
  }
  if (want.items && got.items) diffSchemas(want.items, got.items, `${at}[]`, problems);
}

describe('zod request-body schemas', () => {
  it('exist for every JSON request body of the contract, and for no other operation', () => {
    const ids = withJsonBodies.map((o) => o.operation.operationId).sort();
    expect(Object.keys(requestBodySchemas).sort()).toEqual(ids);
  });

  it.each(withJsonBodies)('$method $path: the zod schema says what the contract says', ({ operation }) => {
    const id = operation.operationId as keyof typeof requestBodySchemas;
    const zodSchema = requestBodySchemas[id];
    expect(zodSchema, id).toBeDefined();
    const expected = deref(contract, operation.requestBody?.content?.['application/json']?.schema) as S;
    const actual = z.toJSONSchema(zodSchema, { unrepresentable: 'any' }) as S;
    const problems: string[] = [];
    diffSchemas(expected, actual, id, problems);
    expect(problems).toEqual([]);
  });

  it.each(withJsonBodies)('$method $path: the contract example passes the zod schema', ({ operation }) => {
    const id = operation.operationId as keyof typeof requestBodySchemas;
    const media = operation.requestBody?.content?.['application/json'];
    const schema = deref(contract, media?.schema) as { example?: unknown };
    const example = media?.example ?? schema?.example;
    expect(example, `${id} has no example`).toBeDefined();
    const result = requestBodySchemas[id].safeParse(example);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
