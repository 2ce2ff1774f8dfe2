import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRows, statusNotes, workspacePackages } from './packages.js';

const root = resolve(import.meta.dirname, '../../..');
const workspaceFolders = ['packages', 'apps'].flatMap((base) =>
  readdirSync(join(root, base))
    .map((name) => `${base}/${name}`)
    .filter((folder) => existsSync(join(root, folder, 'package.json'))),
);

describe('the About page package list', () => {
  it('finds every workspace package, named and described as its package.json says', () => {
    const found = workspacePackages();
    expect(found.map((p) => p.folder).sort()).toEqual([...workspaceFolders].sort());
    for (const pkg of found) {
      const manifest = JSON.parse(readFileSync(join(root, pkg.folder, 'package.json'), 'utf8'));
      expect(pkg.name, pkg.folder).toBe(manifest.name);
      expect(pkg.description, pkg.folder).toBe(manifest.description ?? '');
      expect(pkg.private, pkg.folder).toBe(manifest.private === true);
    }
  });

  it('keeps no status note for a package that does not exist', () => {
    expect(Object.keys(statusNotes).filter((folder) => !workspaceFolders.includes(folder))).toEqual([]);
  });

  it('sorts by folder and shows a note, else whether the package is published', () => {
    const rows = packageRows([
      { folder: 'packages/zeta', name: '@x/zeta', description: 'z', private: false },
      { folder: 'apps/portal', name: '@onramp/portal', description: 'p', private: true },
      { folder: 'apps/alpha', name: '@x/alpha', description: 'a', private: true },
    ]);
    expect(rows.map((row) => [row.folder, row.status, row.tone])).toEqual([
      ['apps/alpha', 'Private', 'neutral'],
      ['apps/portal', statusNotes['apps/portal']!.status, statusNotes['apps/portal']!.tone],
      ['packages/zeta', 'Published', 'info'],
    ]);
  });
});
