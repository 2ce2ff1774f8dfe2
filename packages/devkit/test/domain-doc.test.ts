import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The behaviour spec ships inside the repository (docs/domain.md), so that the READMEs can link
// to it. Where the project's shared specification sits beside the checkout (as on the team's
// machines and in CI), the copy must be the same text.
const repo = new URL('../../../', import.meta.url);
const copy = fileURLToPath(new URL('docs/domain.md', repo));
const shared = fileURLToPath(new URL('../shared/DOMAIN.md', repo));

describe('docs/domain.md', () => {
  it('is in the repository', () => {
    expect(readFileSync(copy, 'utf8')).toMatch(/^# The domain/);
  });

  it.runIf(existsSync(shared))('is the same text as the shared specification', () => {
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
