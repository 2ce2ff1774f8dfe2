import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BANNER, generatedUrl, renderTypes } from '../scripts/openapi-types.mjs';

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
  });
});
