#!/usr/bin/env node
// @ts-check
// `pnpm release:dry-run`: a release rehearsed in a throwaway copy of the repository (decision 0019),
// never in the working tree. In the copy: `changeset version` (every pending changeset becomes a
// CHANGELOG.md entry and a version), then `pnpm publish -r --dry-run`, then each publishable package
// is packed and its manifest checked as a registry would serve it: a real version, no `workspace:`
// or `catalog:` left, caret ranges for third-party dependencies, LICENSE and README inside.
// Needs the packages built (`pnpm turbo run build`): it packs what `dist/` holds.
// Exit code 0 when all of that holds; the copy is removed unless --keep is given.
//   node scripts/release-dry-run.mjs [--keep] [--out DIR]    (--out: also leave the tarballs in DIR)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { keep: { type: 'boolean', default: false }, out: { type: 'string' } },
});
const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const changesetBin = join(require.resolve('@changesets/cli/package.json'), '..', 'bin.js');

/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
/** @param {string} cwd @param {string} command @param {string[]} args */
const run = (cwd, command, args) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1' },
  });

const skipped = /(^|\/)(node_modules|\.git|\.turbo|reports|storybook-static|\.bundle-out)(\/|$)|\.tgz$/;
const copy = mkdtempSync(join(tmpdir(), 'onramp-release-'));
const problems = [];
try {
  // The workspace as pnpm and changesets see it: root manifests, changesets, packages with their
  // builds; apps only by their manifests (private, never versioned, but workspace members).
  for (const entry of [
    'package.json',
    'pnpm-workspace.yaml',
    'pnpm-lock.yaml',
    '.changeset',
    'packages',
    'LICENSE',
  ])
    cpSync(join(root, entry), join(copy, entry), {
      recursive: true,
      filter: (src) => !skipped.test(relative(root, src)),
    });
  for (const app of readdirSync(join(root, 'apps'))) {
    if (!existsSync(join(root, 'apps', app, 'package.json'))) continue;
    mkdirSync(join(copy, 'apps', app), { recursive: true });
    cpSync(join(root, 'apps', app, 'package.json'), join(copy, 'apps', app, 'package.json'));
  }

  run(copy, process.execPath, [changesetBin, 'version']);
  const pending = readdirSync(join(copy, '.changeset')).filter(
    (name) => name.endsWith('.md') && name !== 'README.md',
  );
  if (pending.length) problems.push(`changeset version left ${pending.length} changesets`);

  const publishable = readdirSync(join(copy, 'packages'))
    .map((name) => join(copy, 'packages', name))
    .filter((dir) => existsSync(join(dir, 'package.json')) && !readJson(join(dir, 'package.json')).private);
  // pnpm resolves `workspace:` from installed links: the packages' own dependencies, from the store.
  run(copy, 'pnpm', [
    'install',
    '--offline',
    '--ignore-scripts',
    '--no-frozen-lockfile',
    '--filter',
    './packages/*',
  ]);
  run(copy, 'pnpm', ['publish', '-r', '--dry-run', '--no-git-checks']);

  const out = values.out ?? mkdtempSync(join(tmpdir(), 'onramp-tarballs-'));
  mkdirSync(out, { recursive: true });
  const ours = new Set(publishable.map((dir) => readJson(join(dir, 'package.json')).name));
  for (const dir of publishable) {
    const { name, version } = readJson(join(dir, 'package.json'));
    const tarball = run(dir, 'pnpm', ['pack', '--pack-destination', out]).trim().split('\n').pop() ?? '';
    const manifest = JSON.parse(run(out, 'tar', ['-xzOf', tarball, 'package/package.json']));
    const files = run(out, 'tar', ['-tzf', tarball]).split('\n');
    const fail = (/** @type {string} */ text) => problems.push(`${name}: ${text}`);
    if (!/^\d+\.\d+\.\d+$/.test(version) || version === '0.0.0') fail(`version ${version}`);
    if (!existsSync(join(dir, 'CHANGELOG.md')) || !files.includes('package/CHANGELOG.md'))
      fail('no CHANGELOG.md');
    for (const file of ['LICENSE', 'README.md']) if (!files.includes(`package/${file}`)) fail(`no ${file}`);
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
      for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
        if (/^(workspace|catalog):/.test(range)) fail(`${field}.${dependency} is ${range}`);
        else if (!ours.has(dependency) && !range.startsWith('^'))
          fail(`${field}.${dependency} is ${range}, not a caret range`);
      }
    for (const field of ['repository', 'homepage', 'bugs', 'engines', 'license'])
      if (!manifest[field]) fail(`no ${field}`);
    console.log(`${name}@${version}  ${tarball}`);
  }
  if (!values.out) rmSync(out, { recursive: true, force: true });
} catch (error) {
  const failed = /** @type {{ stderr?: string, message: string }} */ (error);
  problems.push(failed.stderr || failed.message);
} finally {
  if (values.keep) console.log(`copy kept in ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`release dry run failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('release dry run: changeset version, publish --dry-run and every packed manifest are fine');
