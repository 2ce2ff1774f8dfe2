import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SDK_VERSION } from '../src/index.js';
import { IDEMPOTENT_POST_PATHS } from '../src/internal/idempotency.js';

const require = createRequire(import.meta.url);

interface Operation {
  parameters?: { $ref?: string; name?: string; in?: string }[];
}

describe('the package', () => {
  it('sends Idempotency-Key on exactly the POSTs the bundled contract declares it for', () => {
    const contract = JSON.parse(readFileSync(require.resolve('@onramp/contract/openapi.json'), 'utf8')) as {
      paths: Record<string, { post?: Operation }>;
      components: { parameters: Record<string, { name: string; in: string }> };
    };
    const declares = (op: Operation) =>
      (op.parameters ?? []).some((p) => {
        const param = p.$ref ? contract.components.parameters[p.$ref.split('/').at(-1) ?? ''] : p;
        return param?.in === 'header' && param.name?.toLowerCase() === 'idempotency-key';
      });
    const keyed = Object.entries(contract.paths)
      .filter(([, item]) => item.post && declares(item.post))
      .map(([path]) => path);
    expect([...IDEMPOTENT_POST_PATHS].sort()).toEqual(keyed.sort());
  });

  it('SDK_VERSION is the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });

  it('the built runtime imports only openapi-fetch (no contract runtime, no zod)', () => {
    const files = readdirSync('dist/src', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    const imports = new Set<string>();
    let bytes = 0;
    for (const file of files) {
      const code = readFileSync(join('dist/src', file), 'utf8');
      bytes += code.length;
      for (const match of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
        if (!match[1]?.startsWith('.')) imports.add(match[1] ?? '');
      }
    }
    expect([...imports]).toEqual(['openapi-fetch']);
    // The SDK's own code, unminified with comments; the minified budget is checked by the bench.
    expect(bytes).toBeLessThan(60_000);
  });
});
