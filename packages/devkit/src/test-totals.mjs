// @ts-check
// Adds up the Vitest JSON reports of every workspace package into one closing line.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests?: number }} VitestJsonReport
 * @typedef {{ passed: number, failed: number, skipped: number, files: number }} Totals
 */

/**
 * @param {VitestJsonReport[]} reports
 * @returns {Totals}
 */
export function sumReports(reports) {
  return reports.reduce(
    (totals, report) => ({
      passed: totals.passed + report.numPassedTests,
      failed: totals.failed + report.numFailedTests,
      skipped: totals.skipped + report.numPendingTests + (report.numTodoTests ?? 0),
      files: totals.files + 1,
    }),
    { passed: 0, failed: 0, skipped: 0, files: 0 },
  );
}

/** @param {Totals} totals */
export function formatTotals(totals) {
  return `Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
}

/**
 * The `reports/` folder of every package under the given workspace folders.
 * @param {string} root
 * @param {string[]} folders
 */
function reportFolders(root, folders) {
  return folders
    .map((folder) => join(root, folder))
    .filter((base) => existsSync(base))
    .flatMap((base) => readdirSync(base).map((pkg) => join(base, pkg, 'reports')))
    .filter((dir) => existsSync(dir));
}

/**
 * Removes every package's reports, so that only the next run's count.
 * @param {string} root
 * @param {string[]} [folders]
 */
export function clearWorkspaceReports(root, folders = ['packages', 'apps']) {
  for (const dir of reportFolders(root, folders)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Reads `reports/vitest-*.json` of every package under the given workspace folders.
 * @param {string} root
 * @param {string[]} [folders]
 */
export function readWorkspaceReports(root, folders = ['packages', 'apps']) {
  /** @type {VitestJsonReport[]} */
  const reports = [];
  for (const dir of reportFolders(root, folders)) {
    for (const file of readdirSync(dir).filter((name) => /^vitest-.*\.json$/.test(name))) {
      reports.push(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    }
  }
  return reports;
}
