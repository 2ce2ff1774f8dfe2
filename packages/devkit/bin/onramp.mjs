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
  clearReports,
  closingLines,
  exitCodeFor,
  readReports,
  readTurboSummary,
  summarize,
  testPackages,
  turboTasks,
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

/**
 * @param {string[]} pnpm
 * @param {(why: string) => never} fail
 */
function install(pnpm, fail) {
  const status = run([...pnpm, 'install', '--frozen-lockfile']);
  if (status !== 0) fail(`\`pnpm install --frozen-lockfile\` failed with code ${status} (see above)`);
}

/**
 * For `npm start`: say why and stop.
 * @param {string} why
 * @returns {never}
 */
function stop(why) {
  console.error(`onramp: ${why}.`);
  process.exit(1);
}

/**
 * For `npm test`: a step before any test could run failed; the closing line still says so.
 * @param {string} why
 * @returns {never}
 */
function failBeforeTests(why) {
  console.error(`onramp: ${why}.`);
  finish({ passed: 0, failed: 1, skipped: 0, failures: [why] });
}

function start() {
  const pnpm = pnpmCommand();
  install(pnpm, stop);
  process.exit(run([...pnpm, 'exec', 'turbo', 'run', 'dev', '--filter=@onramp/portal']));
}

function test() {
  const pnpm = pnpmCommand();
  install(pnpm, failBeforeTests);
  let browser;
  try {
    browser = ensureBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    failBeforeTests(error.message);
  }
  console.log(`onramp: browser tests use ${browser.path} (${browser.source})`);
  const env = { CHROME_PATH: browser.path, TURBO_TELEMETRY_DISABLED: '1' };

  // Only this run's reports (fresh, or restored by Turbo from its cache) may count.
  const packages = testPackages(root);
  clearReports(packages);
  const startedAt = Date.now();
  // `--continue=always`: a failure cancels no other task (a cancelled test run leaves no report),
  // so one run finds every failure and counts it by name; `--summarize` records each task's exit
  // code for the totals. The browser suites run one after another (see turbo.json).
  const steps = [
    { name: 'biome ci', command: [...pnpm, 'exec', 'biome', 'ci', '.'] },
    {
      name: 'turbo run build lint typecheck test',
      command: [
        ...pnpm,
        'exec',
        'turbo',
        'run',
        'build',
        'lint',
        'typecheck',
        'test',
        '--output-logs=errors-only',
        '--continue=always',
        '--summarize',
      ],
    },
  ];
  const results = steps.map((step) => ({ name: step.name, status: run(step.command, env) }));
  const { reports, unreadable } = readReports(root, packages);
  const tasks = turboTasks(readTurboSummary(root, startedAt));
  const totals = summarize({ packages, reports, unreadable, tasks, steps: results });
  finish(totals);
}

/**
 * Prints the failures and the closing line, and exits with the code that agrees with it.
 * @param {import('../src/test-totals.mjs').Totals} totals
 * @returns {never}
 */
function finish(totals) {
  for (const line of closingLines(totals)) console.log(line);
  process.exit(exitCodeFor(totals));
}

const commands = { start, test };
const name = process.argv[2];
if (name !== 'start' && name !== 'test') {
  console.error(`usage: onramp.mjs <${Object.keys(commands).join('|')}>`);
  process.exit(2);
}
try {
  commands[name]();
} catch (error) {
  // Whatever went wrong, `npm test` still ends with a closing line that counts it.
  if (name !== 'test') throw error;
  console.error(error);
  finish({
    passed: 0,
    failed: 1,
    skipped: 0,
    failures: [`the test command crashed: ${error instanceof Error ? error.message : String(error)}`],
  });
}
