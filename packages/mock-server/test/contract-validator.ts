import contract from '@onramp/contract/openapi.json' with { type: 'json' };
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ID = 'https://onramp.test/openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...(contract as object), $id: ID });

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { responses: Record<string, unknown> };
};
const doc = contract as unknown as Doc;
const pointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

/** Asserts the answer's status is documented for the operation and its body matches the schema. */
export function expectContractResponse(pattern: string, method: string, status: number, body: unknown): void {
  const responses = doc.paths[pattern]?.[method.toLowerCase()]?.responses;
  expect(responses, `${method} ${pattern} is in the contract`).toBeDefined();
  const key = String(status);
  expect(Object.keys(responses ?? {}), `${method} ${pattern} documents ${status}`).toContain(key);
  let response = responses?.[key] as { $ref?: string; content?: Record<string, unknown> };
  let base = `${ID}#/paths/${pointer(pattern)}/${method.toLowerCase()}/responses/${key}`;
  if (response.$ref) {
    const name = response.$ref.split('/').pop() as string;
    response = doc.components.responses[name] as typeof response;
    base = `${ID}#/components/responses/${name}`;
  }
  if (!response.content?.['application/json']) {
    expect(body, `${method} ${pattern} ${status} has no body`).toBeUndefined();
    return;
  }
  const validate = ajv.getSchema(`${base}/content/application~1json/schema`);
  if (!validate) throw new Error(`no schema at ${base}`);
  const valid = validate(body);
  expect(valid ? [] : validate.errors, `${method} ${pattern} ${status} body matches the contract`).toEqual(
    [],
  );
}
