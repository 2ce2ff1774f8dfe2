// @ts-check
// Part of the build: the no-bundler build in dist/cdn/ (decisions/0016). One self-contained ES module
// per element (`dist/cdn/role-editor.js`, …) and `dist/cdn/index.js` for all of them, with Lit,
// openapi-fetch and the kit's own packages inlined, so a plain page loads one URL with no import
// map. Entries share chunks (dist/cdn/chunks/): two elements on one page load Lit once, and the
// other languages stay lazy chunks. Runs after minify-css.mjs, so the templates are small already.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The CDN file of each element, from its registering entry in dist/. */
export const cdnEntries = {
  index: 'dist/index.js',
  'setup-wizard': 'dist/setup-wizard/onramp-setup-wizard.js',
  'setup-prompt': 'dist/setup-prompt/onramp-setup-prompt.js',
  'role-editor': 'dist/role-editor/onramp-role-editor.js',
  'status-badge': 'dist/status-badge/onramp-status-badge.js',
  'subscription-panel': 'dist/subscription-panel/onramp-subscription-panel.js',
  'customer-onboarding': 'dist/customer-onboarding/onramp-customer-onboarding.js',
};

/**
 * The esbuild options of the CDN build, relative to the package root `root` (also what `pnpm bench`
 * builds in memory to measure the shipped files with esbuild's metafile).
 * @param {string} root
 * @returns {import('esbuild').BuildOptions & { metafile: true }}
 */
export function cdnBuildOptions(root) {
  return {
    absWorkingDir: root,
    entryPoints: cdnEntries,
    outdir: 'dist/cdn',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Lit's and openapi-fetch's licence notices go to one file per output, linked from it.
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  rmSync(`${root}dist/cdn`, { recursive: true, force: true });
  const result = await build(cdnBuildOptions(root));
  const files = Object.keys(result.metafile.outputs).filter((path) => path.endsWith('.js'));
  console.log(`build-cdn: ${files.length} files in dist/cdn/`);
}
