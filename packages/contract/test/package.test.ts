import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// What a consumer resolves by name (a package may import itself through its `exports`).
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('@onramp/contract as installed', () => {
  it('./openapi.yaml resolves to the root YAML file, with a declaration for every resolution', () => {
    const path = fileURLToPath(import.meta.resolve('@onramp/contract/openapi.yaml'));
    expect(path).toMatch(/openapi\.yaml$/);
    expect(parse(readFileSync(path, 'utf8')).openapi).toMatch(/^3\.1\./);
    expect(manifest.exports['./openapi.yaml'].types).toBe('./openapi.yaml.d.ts');
  });

  it('zod is an optional peer, for ./schemas only: the root and the SDK install without it', () => {
    expect(manifest.dependencies?.zod).toBeUndefined();
    expect(manifest.peerDependenciesMeta.zod).toEqual({ optional: true });
    const root = readFileSync(new URL('../dist/src/index.js', import.meta.url), 'utf8');
    expect(root).not.toMatch(/from ['"]zod/);
  });
});
