import contract from '@onramp/contract/openapi.json' with { type: 'json' };
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect as vitestExpect } from 'vitest';

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
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const pointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Asserts the answer's status is documented for the operation (for a method the path does not
 * document: the shared `MethodNotAllowed` 405 with its `Allow` header), its media type is the documented
 * one, the documented `Location` / `ETag` / `Content-Disposition` headers are sent on success, and
 * a JSON body matches the schema.
 */
export function expectContractResponse(
  pattern: string,
  method: string,
  status: number,
  body: unknown,
  headers: Headers = new Headers(),
  soft = false,
): void {
  const expect = soft ? vitestExpect.soft : vitestExpect;
  const pathItem = doc.paths[pattern];
  // A method the path does not document: the contract's shared 405 (`MethodNotAllowed`, with `Allow`).
  if (pathItem && !pathItem[method.toLowerCase()]) {
    expect(status, `${method} ${pattern}: a method the path does not document answers 405`).toBe(405);
    const allowed = Object.keys(pathItem)
      .filter((name) => METHODS.includes(name))
      .map((name) => name.toUpperCase());
    expect(headers.get('allow')?.split(', ').sort(), `${method} ${pattern} 405 sends Allow`).toEqual(
      allowed.sort(),
    );
    const validate = ajv.getSchema(
      `${ID}#/components/responses/MethodNotAllowed/content/application~1json/schema`,
    );
    if (!validate) throw new Error('no MethodNotAllowed response in the contract');
    expect(
      validate(body) ? [] : validate.errors,
      `${method} ${pattern} 405 body matches the contract`,
    ).toEqual([]);
    return;
  }
  const responses = pathItem?.[method.toLowerCase()]?.responses;
  expect(responses, `${method} ${pattern} is in the contract`).toBeDefined();
  const key = String(status);
  expect(Object.keys(responses ?? {}), `${method} ${pattern} documents ${status}`).toContain(key);
  let response = responses?.[key] as {
    $ref?: string;
    content?: Record<string, unknown>;
    headers?: Record<string, unknown>;
  };
  let base = `${ID}#/paths/${pointer(pattern)}/${method.toLowerCase()}/responses/${key}`;
  if (response.$ref) {
    const name = response.$ref.split('/').pop() as string;
    response = doc.components.responses[name] as typeof response;
    base = `${ID}#/components/responses/${name}`;
  }
  const label = `${method} ${pattern} ${status}`;
  if (status < 300) {
    for (const name of Object.keys(response.headers ?? {}).filter((h) => h !== 'Retry-After'))
      expect(headers.get(name), `${label} sends the ${name} header`).toBeTruthy();
  }
  const mediaTypes = Object.keys(response.content ?? {});
  const sent = headers.get('content-type')?.split(';')[0]?.trim();
  if (sent && mediaTypes.length > 0) expect(mediaTypes, `${label} documents ${sent}`).toContain(sent);
  if (!response.content?.['application/json']) {
    if (mediaTypes.length === 0) expect(body, `${label} has no body`).toBeUndefined();
    return;
  }
  const validate = ajv.getSchema(`${base}/content/application~1json/schema`);
  if (!validate) throw new Error(`no schema at ${base}`);
  const valid = validate(body);
  expect(valid ? [] : validate.errors, `${method} ${pattern} ${status} body matches the contract`).toEqual(
    [],
  );
}
