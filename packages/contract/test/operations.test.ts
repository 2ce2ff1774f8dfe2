import { describe, expect, it } from 'vitest';
import { deref, loadContract, operations } from './load-contract.js';

// Every operation is documented the way the contract issue asks: id, summary, description that
// names its actors, examples for bodies, documented errors.
const contract = loadContract();
const all = [...operations(contract)];

const hasExample = (media: { example?: unknown; examples?: unknown; schema?: unknown } | undefined) => {
  if (!media) return false;
  if (media.example !== undefined || media.examples !== undefined) return true;
  const schema = deref(contract, media.schema) as { example?: unknown; examples?: unknown } | undefined;
  return schema?.example !== undefined || schema?.examples !== undefined;
};

describe('every operation of the contract', () => {
  it('has a unique camelCase operationId', () => {
    const ids = all.map((o) => o.operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(all)('$method $path has a summary, a description naming its actors, and a tag', ({ operation }) => {
    expect(operation.summary?.length).toBeGreaterThan(5);
    expect(operation.description).toMatch(/actors?/i);
    expect(operation.tags?.length).toBeGreaterThan(0);
  });

  it.each(all)('$method $path documents 401 and the errors a client may retry', ({ operation }) => {
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '429', '503']));
  });

  it.each(all.filter((o) => o.operation.requestBody))(
    '$method $path has a request example',
    ({ operation }) => {
      const media = Object.values(operation.requestBody?.content ?? {})[0];
      expect(hasExample(media)).toBe(true);
    },
  );

  it.each(all)('$method $path has an example for each JSON success response', ({ operation }) => {
    for (const [code, response] of Object.entries(operation.responses)) {
      if (!code.startsWith('2')) continue;
      const media = (deref(contract, response) as typeof response).content?.['application/json'];
      if (media) expect(hasExample(media), code).toBe(true);
    }
  });

  it.each(all.filter((o) => !o.path.startsWith('/wholesale')))(
    '$method $path says it is designed here',
    ({ operation }) => {
      expect(operation.description).toMatch(/designed here/i);
    },
  );

  it.each(all)('$method $path: every error response has the real API error body', ({ operation }) => {
    for (const [code, response] of Object.entries(operation.responses)) {
      if (Number(code) < 400) continue;
      const schema = deref(contract, response).content?.['application/json']?.schema as {
        required?: string[];
      };
      expect(schema?.required, code).toEqual(['message', 'errors', 'trackingId']);
    }
  });
});
