import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requestBodyJsonSchemas as committedSchemas } from '../generated/json-schemas.js';
import { JSON_SCHEMAS_BANNER, jsonSchemasUrl, renderJsonSchemas } from '../scripts/json-schemas.mjs';
import { BANNER, generatedUrl, renderTypes } from '../scripts/openapi-types.mjs';
import { createAjv } from './ajv.js';
import { deref, loadContract, operations } from './load-contract.js';

describe('generated/openapi.ts', () => {
  it('is fenced: says it is generated in its first line', () => {
    const committed = readFileSync(generatedUrl, 'utf8');
    expect(committed.startsWith(BANNER)).toBe(true);
  });

  it('is up to date with openapi.yaml (run `pnpm --filter @onramp/contract generate` if not)', async () => {
    const committed = readFileSync(generatedUrl, 'utf8');
    const fresh = await renderTypes();
    expect(
      committed === fresh,
      'generated/openapi.ts is stale: run `pnpm --filter @onramp/contract generate`',
    ).toBe(true);
    // Rendering the whole contract takes seconds alone and far longer on a loaded runner (decisions/0013).
  }, 120_000);
});

describe('generated/json-schemas.ts', () => {
  const contract = loadContract();
  const withJsonBodies = [...operations(contract)].filter(
    (o) => o.operation.requestBody?.content?.['application/json'],
  );

  it('is fenced: says it is generated in its first line', () => {
    const committed = readFileSync(jsonSchemasUrl, 'utf8');
    expect(committed.startsWith(JSON_SCHEMAS_BANNER)).toBe(true);
  });

  it('is up to date with the bundled contract (run `pnpm --filter @onramp/contract generate` if not)', () => {
    const committed = readFileSync(jsonSchemasUrl, 'utf8');
    expect(
      committed === renderJsonSchemas(),
      'generated/json-schemas.ts is stale: run `pnpm --filter @onramp/contract generate`',
    ).toBe(true);
  });

  it('has every JSON request body of the contract, by operationId, and nothing else', () => {
    const ids = withJsonBodies.map((o) => o.operation.operationId).sort();
    expect(Object.keys(committedSchemas).sort()).toEqual(ids);
  });

  it.each(withJsonBodies)('$method $path: has no $ref left and only the prose removed', ({ operation }) => {
    const id = operation.operationId as keyof typeof committedSchemas;
    const text = JSON.stringify(committedSchemas[id]);
    expect(text).not.toContain('"$ref"');
    const withoutProse = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(withoutProse)
        : node && typeof node === 'object'
          ? Object.fromEntries(
              Object.entries(node)
                .filter(([key]) => key !== 'description' && key !== 'example' && key !== 'examples')
                .map(([key, value]) => [
                  key,
                  key === 'properties'
                    ? Object.fromEntries(
                        Object.entries(value as object).map(([k, v]) => [k, withoutProse(v)]),
                      )
                    : withoutProse(value),
                ]),
            )
          : node;
    const expected = withoutProse(
      deref(contract, operation.requestBody?.content?.['application/json']?.schema),
    );
    expect(committedSchemas[id]).toEqual(expected);
  });

  it.each(withJsonBodies)(
    '$method $path: the contract example passes the generated schema (ajv)',
    ({ operation }) => {
      const id = operation.operationId as keyof typeof committedSchemas;
      const media = operation.requestBody?.content?.['application/json'];
      const example =
        media?.example ?? (deref(contract, media?.schema) as { example?: unknown } | undefined)?.example;
      const check = createAjv().compile(committedSchemas[id]);
      expect(check(example), JSON.stringify(check.errors)).toBe(true);
      // And the schema still refuses something: a body of the wrong type.
      expect(check([])).toBe(false);
    },
  );
});
