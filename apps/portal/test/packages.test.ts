import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageStatuses } from '../src/packages.js';

const root = resolve(import.meta.dirname, '../../..');
const workspaceFolders = ['packages', 'apps'].flatMap((base) =>
  readdirSync(join(root, base))
    .map((name) => `${base}/${name}`)
    .filter((folder) => existsSync(join(root, folder, 'package.json'))),
);

describe('the About page package list', () => {
  it('lists every workspace package exactly once', () => {
    expect(packageStatuses.map((p) => p.folder).sort()).toEqual([...workspaceFolders].sort());
  });

  it('names each package as its package.json does', () => {
    for (const pkg of packageStatuses) {
      const manifest = JSON.parse(readFileSync(join(root, pkg.folder, 'package.json'), 'utf8'));
      expect(manifest.name, pkg.folder).toBe(pkg.name);
    }
  });
});
