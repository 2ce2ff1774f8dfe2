import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toDistPaths } from '../scripts/cem-dist-paths.mjs';

// What the package ships, read from the build (turbo runs `build` before `test`).
const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

describe('custom-elements.json', () => {
  const cem = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));

  it('is exported, and every module path is a shipped dist file', () => {
    expect(manifest.exports['./custom-elements.json']).toBe('./custom-elements.json');
    expect(manifest.customElements).toBe('custom-elements.json');
    const paths: string[] = cem.modules.map((module: { path: string }) => module.path);
    expect(paths).toContain('dist/role-editor/onramp-role-editor.js');
    for (const path of paths) {
      expect(path).toMatch(/^dist\/.+\.js$/);
      expect(existsSync(`${root}${path}`), path).toBe(true);
    }
  });

  it('rewrites source paths only', () => {
    expect(
      toDistPaths({ path: 'src/a/b.ts', module: '/src/c.ts', name: 'src.ts', list: ['src/d.ts'] }),
    ).toEqual({
      path: 'dist/a/b.js',
      module: 'dist/c.js',
      name: 'src.ts',
      list: ['dist/d.js'],
    });
  });
});

describe('the CDN build', () => {
  it('has one self-contained module per element (no bare import), exported as ./cdn/<element>.js', () => {
    const elements = ['setup-wizard', 'setup-prompt', 'role-editor', 'status-badge', 'subscription-panel'];
    for (const name of [...elements, 'customer-onboarding', 'index']) {
      expect(manifest.exports[`./cdn/${name}.js`].default).toBe(`./dist/cdn/${name}.js`);
      const code = readFileSync(`${root}dist/cdn/${name}.js`, 'utf8');
      // Every import is relative (./chunks/…): a page needs no import map.
      for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g))
        expect(specifier, `${name}.js imports ${specifier}`).toMatch(/^\.\.?\//);
    }
  });

  it('is kept by bundlers, like the root and the per-element entries', () => {
    expect(manifest.sideEffects).toEqual(['./dist/index.js', './dist/**/onramp-*.js', './dist/cdn/**']);
  });
});
