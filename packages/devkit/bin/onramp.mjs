#!/usr/bin/env node
// @ts-check
// The newcomer's two commands (`npm start`, `npm test` at the repo root) land here.
// It needs nothing but Node 20 and npm: pnpm is fetched with npx when it is not on PATH
// (corepack is not relied upon), the workspace is installed from the lockfile, and for tests a
// Chromium is found or installed (see ../src/browser.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserNotFoundError, ensureBrowser } from '../src/browser.mjs';
import {
  clearWorkspaceReports,
  formatTotals,
  readWorkspaceReports,
  sumReports,
} from '../src/test-totals.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmSpec = String(rootManifest.packageManager); // e.g. "pnpm@10.34.9"
const pnpmVersion = pnpmSpec.split('@')[1] ?? '';

/** The command line that runs the pinned pnpm: the one on PATH if it is the same major, else npx. */
function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  const onPath = probe.status === 0 ? probe.stdout.trim() : '';
  if (onPath.split('.')[0] === pnpmVersion.split('.')[0]) return ['pnpm'];
  console.log(
    `onramp: pnpm ${pnpmVersion} is not on PATH${onPath ? ` (found ${onPath})` : ''}; using npx ${pnpmSpec}`,
  );
  return ['npx', '--yes', pnpmSpec];
}

/**
 * @param {string[]} command
 * @param {Record<string, string>} [env]
 */
function run(command, env = {}) {
  const [bin, ...args] = command;
  const result = spawnSync(/** @type {string} */ (bin), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

/** @param {string[]} pnpm */
function install(pnpm) {
  const status = run([...pnpm, 'install', '--frozen-lockfile']);
  if (status !== 0) {
    console.error('onramp: `pnpm install --frozen-lockfile` failed (see above).');
    process.exit(status);
  }
}

function start() {
  const pnpm = pnpmCommand();
  install(pnpm);
  process.exit(run([...pnpm, 'exec', 'turbo', 'run', 'dev', '--filter=@onramp/portal']));
}

function test() {
  const pnpm = pnpmCommand();
  install(pnpm);
  let browser;
  try {
    browser = ensureBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    console.error(`onramp: ${error.message}`);
    process.exit(1);
  }
  console.log(`onramp: browser tests use ${browser.path} (${browser.source})`);
  const env = { CHROME_PATH: browser.path };

  // Only this run's reports (fresh, or restored by Turbo from its cache) may count.
  clearWorkspaceReports(root);
  const steps = [
    [...pnpm, 'exec', 'biome', 'ci', '.'],
    [...pnpm, 'exec', 'turbo', 'run', 'build', 'lint', 'typecheck', 'test', '--output-logs=errors-only'],
  ];
  let status = 0;
  for (const step of steps) {
    status = run(step, env);
    if (status !== 0) break;
  }
  const totals = sumReports(readWorkspaceReports(root));
  console.log('');
  console.log(formatTotals(totals));
  if (status === 0 && totals.passed === 0) {
    console.error('onramp: no test ran.');
    status = 1;
  }
  process.exit(status);
}

const commands = { start, test };
const name = process.argv[2];
if (name !== 'start' && name !== 'test') {
  console.error(`usage: onramp.mjs <${Object.keys(commands).join('|')}>`);
  process.exit(2);
}
commands[name]();
