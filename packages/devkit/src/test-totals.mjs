// @ts-check
// The closing line of `npm test`: `Tests: N passed, N failed, N skipped`, and the list of what failed.
//
// It must never say "0 failed" about a run that failed. So besides failed tests it counts, one
// each and by name: every problem a package's Vitest reported (a file that failed to import, a
// failing hook, an unhandled error, an interrupted run: see totals-reporter.mjs), every package
// whose tests were expected but left no report (the task failed to start, was cancelled or never
// ran), every report that cannot be read, and every step or Turborepo task that failed although
// no report says why. The exit code follows the line: non-zero exactly when it counts a failure or
// no test passed.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TOTALS_SCHEMA } from './totals-reporter.mjs';

/**
 * @typedef {import('./totals-reporter.mjs').TotalsReport} TotalsReport
 * @typedef {{ dir: string, name: string }} TestPackage a workspace package with a `test` script
 * @typedef {{ pkg: TestPackage, file: string, report: TotalsReport }} ReadReport
 * @typedef {{ pkg: TestPackage, file: string, reason: string }} Unreadable
 * @typedef {{ id: string, package: string, task: string, exitCode: number | null }} TaskResult one Turborepo task
 * @typedef {{ name: string, status: number }} StepResult one step of the test command (Biome, Turborepo)
 * @typedef {{ passed: number, failed: number, skipped: number, failures: string[] }} Totals
 */

const FOLDERS = ['packages', 'apps'];

/**
 * Every workspace package that has a `test` script: each of them must leave a report.
 * @param {string} root
 * @param {string[]} [folders]
 * @returns {TestPackage[]}
 */
export function testPackages(root, folders = FOLDERS) {
  /** @type {TestPackage[]} */
  const found = [];
  for (const folder of folders) {
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base).sort()) {
      const manifest = join(base, entry, 'package.json');
      if (!existsSync(manifest)) continue;
      try {
        const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
        if (pkg?.scripts?.test) found.push({ dir: join(base, entry), name: String(pkg.name ?? entry) });
      } catch {
        found.push({ dir: join(base, entry), name: `${folder}/${entry}` });
      }
    }
  }
  return found;
}

/**
 * Removes every package's reports, so that only this run's count (fresh, or restored by
 * Turborepo from its cache together with the task's other outputs).
 * @param {TestPackage[]} packages
 */
export function clearReports(packages) {
  for (const pkg of packages) rmSync(join(pkg.dir, 'reports'), { recursive: true, force: true });
}

/**
 * @param {unknown} value
 * @returns {value is TotalsReport}
 */
function isTotalsReport(value) {
  if (typeof value !== 'object' || value === null) return false;
  const report = /** @type {Record<string, unknown>} */ (value);
  return (
    report.schema === TOTALS_SCHEMA &&
    ['passed', 'failed', 'skipped'].every(
      (key) => Number.isInteger(report[key]) && Number(report[key]) >= 0,
    ) &&
    Array.isArray(report.problems) &&
    report.problems.length === report.failed
  );
}

/**
 * Reads `reports/totals-*.json` of each package. A file that is empty, cut short or not a totals
 * report is returned as unreadable (with why), never thrown.
 * @param {string} root
 * @param {TestPackage[]} packages
 * @returns {{ reports: ReadReport[], unreadable: Unreadable[] }}
 */
export function readReports(root, packages) {
  /** @type {ReadReport[]} */
  const reports = [];
  /** @type {Unreadable[]} */
  const unreadable = [];
  for (const pkg of packages) {
    const dir = join(pkg.dir, 'reports');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((file) => /^totals-.*\.json$/.test(file))
      .sort()) {
      const file = relative(root, join(dir, name));
      try {
        const parsed = JSON.parse(readFileSync(join(dir, name), 'utf8'));
        if (isTotalsReport(parsed)) reports.push({ pkg, file, report: parsed });
        else unreadable.push({ pkg, file, reason: 'not a totals report (wrong shape or counts)' });
      } catch (error) {
        unreadable.push({ pkg, file, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { reports, unreadable };
}

/**
 * Turborepo's run summary (`--summarize`): one result per task. A task that was scheduled but
 * never executed (cancelled, or skipped because a dependency failed) has no exit code.
 * @param {unknown} summary
 * @returns {TaskResult[]}
 */
export function turboTasks(summary) {
  const tasks = /** @type {{ tasks?: unknown[] } | undefined} */ (summary)?.tasks;
  if (!Array.isArray(tasks)) return [];
  return tasks.map((entry) => {
    const task = /** @type {Record<string, any>} */ (entry ?? {});
    const exitCode = task.execution?.exitCode;
    return {
      id: String(task.taskId ?? `${task.package}#${task.task}`),
      package: String(task.package ?? ''),
      task: String(task.task ?? ''),
      exitCode: typeof exitCode === 'number' ? exitCode : null,
    };
  });
}

/**
 * The newest Turborepo run summary under `.turbo/runs`, parsed; undefined when there is none or it
 * cannot be read (the totals then fall back on the step's exit code).
 * @param {string} root
 * @param {number} [since] only summaries written at or after this time (ms)
 */
export function readTurboSummary(root, since = 0) {
  const dir = join(root, '.turbo', 'runs');
  if (!existsSync(dir)) return undefined;
  const newest = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }))
    .filter((file) => file.time >= since)
    .sort((a, b) => b.time - a.time)[0];
  if (!newest) return undefined;
  try {
    return JSON.parse(readFileSync(join(dir, newest.name), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Adds everything up. Each failure is counted once and named.
 * @param {{ packages: TestPackage[], reports: ReadReport[], unreadable: Unreadable[], tasks?: TaskResult[], steps?: StepResult[] }} input
 * @returns {Totals}
 */
export function summarize({ packages, reports, unreadable, tasks = [], steps = [] }) {
  let passed = 0;
  let skipped = 0;
  /** @type {string[]} */
  const failures = [];
  for (const { pkg, report } of reports) {
    passed += report.passed;
    skipped += report.skipped;
    for (const problem of report.problems)
      failures.push(`${pkg.name}: ${problem.kind}: ${problem.where}: ${problem.message}`);
  }
  for (const { file, reason } of unreadable) failures.push(`${file}: unreadable report: ${reason}`);

  const reported = new Set(reports.map((entry) => entry.pkg.name));
  const unreadablePackages = new Set(unreadable.map((entry) => entry.pkg.name));
  /** @type {Map<string, TaskResult>} */
  const testTasks = new Map(tasks.filter((task) => task.task === 'test').map((task) => [task.package, task]));
  for (const pkg of packages) {
    if (reported.has(pkg.name) || unreadablePackages.has(pkg.name)) continue;
    const task = testTasks.get(pkg.name);
    const why =
      task === undefined
        ? 'its test task never ran'
        : task.exitCode === null
          ? 'its test task was scheduled but never ran (cancelled, or a task it depends on failed)'
          : `its test task exited with code ${task.exitCode} without a report`;
    failures.push(`${pkg.name}: no test report: ${why}`);
  }

  // A failed task whose report already names a failure is counted there; any other failed task
  // (build, lint, typecheck, or a test run that crashed after its report) is a failure of its own.
  const failingReports = new Set(
    reports.filter((entry) => entry.report.failed > 0).map((entry) => entry.pkg.name),
  );
  for (const task of tasks) {
    if (task.exitCode === 0) continue;
    // (A package without a readable report was counted above, by the packages loop or as unreadable.)
    if (task.task === 'test' && (failingReports.has(task.package) || !reported.has(task.package))) continue;
    failures.push(
      task.exitCode === null
        ? `${task.id}: never ran (cancelled, or a task it depends on failed)`
        : `${task.id}: exited with code ${task.exitCode}`,
    );
  }
  for (const step of steps) {
    if (step.status === 0) continue;
    const explained = failures.length > 0 && step.name.startsWith('turbo');
    if (!explained) failures.push(`${step.name}: exited with code ${step.status}`);
  }
  if (passed === 0 && failures.length === 0) failures.push('no test passed: nothing was tested');
  return { passed, failed: failures.length, skipped, failures };
}

/**
 * The exit code that agrees with the line: non-zero exactly when it counts a failure (a run in
 * which nothing passed is one, named by `summarize`).
 * @param {Totals} totals
 */
export function exitCodeFor(totals) {
  return totals.failed > 0 ? 1 : 0;
}

/**
 * What the test command prints last: the failures by name, then the closing line.
 * @param {Totals} totals
 * @returns {string[]}
 */
export function closingLines(totals) {
  const lines = [''];
  if (totals.failures.length > 0) {
    lines.push(`onramp: ${totals.failures.length} failure(s):`);
    for (const failure of totals.failures) lines.push(`  - ${failure}`);
  }
  lines.push(formatTotals(totals));
  return lines;
}

/** @param {Pick<Totals, 'passed' | 'failed' | 'skipped'>} totals */
export function formatTotals(totals) {
  return `Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
}
