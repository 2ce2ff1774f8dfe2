import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  circles,
  directionProblems,
  fileGraph,
  importsOf,
  layerProblems,
  workspacePackages,
} from '../src/import-graph.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The mock server's layers, bottom first (its README): each imports only its own layer and those
 * below it, so `core/` knows nothing of handlers and the store nothing of the glue above it.
 */
const MOCK_LAYERS = [
  ['core'],
  ['store'],
  ['glue'],
  ['effects'],
  ['jobs'],
  ['handling'],
  ['handlers'],
  ['app'],
  ['fetch', 'msw', 'node', 'worker', 'index.ts', 'browser.ts', 'node.ts', 'cli.ts'],
];

describe('imports flow one way (contract → domain → mock/SDK → widgets → apps)', () => {
  it('reads static, type-only, re-exported and dynamic imports', () => {
    const source = readFileSync(new URL('./fixtures/imports/sample.ts', import.meta.url), 'utf8');
    expect(importsOf(source).sort()).toEqual(
      ['./a.js', '@onramp/contract', '../c.js', './e.js', 'f', './g.js', './side-effect.js'].sort(),
    );
  });

  it('finds circles, and only circles', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('no package depends on an app, reaches into apps/, imports an undeclared package, or circles', () => {
    expect(directionProblems(repo)).toEqual([]);
  });

  it('no circle between the files of any package', () => {
    const found: Record<string, string[][]> = {};
    for (const pkg of workspacePackages(repo)) {
      const local = circles(fileGraph(`${pkg.dir}/src`)).map((circle) =>
        circle.map((file) => file.slice(file.indexOf('/src/') + 5)),
      );
      if (local.length > 0) found[pkg.name] = local;
    }
    expect(found).toEqual({});
  });

  it("the mock server's folders import their own layer and lower ones only", () => {
    expect(layerProblems(`${repo}packages/mock-server/src`, MOCK_LAYERS)).toEqual([]);
  });

  it('finds an import into a higher layer and a file in no layer', () => {
    const fixture = fileURLToPath(new URL('./fixtures/layers', import.meta.url));
    expect(layerProblems(fixture, [['low'], ['high']])).toEqual([
      'loose/stray.ts is in no layer',
      'low/base.ts (low) imports high/top.ts, a layer above',
    ]);
  });
});
