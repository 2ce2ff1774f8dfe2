// @ts-check
// Part of the build: bundles the split contract into one JSON document, dist/openapi.json, which the
// mock server validates requests and responses against and benchmarks serve to Prism.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const cliManifest = require.resolve('@redocly/cli/package.json');
const { bin } = JSON.parse(readFileSync(cliManifest, 'utf8'));
const cli = join(dirname(cliManifest), typeof bin === 'string' ? bin : bin.redocly);

mkdirSync(join(root, 'dist'), { recursive: true });
const result = spawnSync(
  process.execPath,
  [cli, 'bundle', 'openapi.yaml', '--ext', 'json', '-o', 'dist/openapi.json'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  },
);
if (result.status !== 0) {
  console.error(result.error ?? result.stderr);
  process.exit(result.status ?? 1);
}
