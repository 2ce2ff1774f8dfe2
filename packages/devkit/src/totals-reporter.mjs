// @ts-check
// A Vitest reporter that writes what the closing `Tests:` line needs, and nothing it could hide.
//
// Vitest's own JSON reporter counts tests only: an unhandled error, a file that failed to import, a
// failing `beforeAll`/`afterAll` or an interrupted run leave `numFailedTests` at 0. This reporter
// writes every one of them as a named problem, and writes the file atomically (a temporary file,
// then a rename), so a run stopped half-way leaves either a whole report or none, never half of one.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const TOTALS_SCHEMA = 'onramp-totals/1';

/**
 * @typedef {{ kind: 'failed-test' | 'file-error' | 'suite-error' | 'unhandled-error' | 'not-finished' | 'interrupted', where: string, message: string }} Problem
 * @typedef {{ schema: string, name: string, passed: number, failed: number, skipped: number, problems: Problem[] }} TotalsReport
 */

/** @param {{ message?: string, name?: string } | undefined} error */
const messageOf = (error) =>
  String(error?.message ?? error?.name ?? 'unknown error')
    .split('\n')[0]
    ?.slice(0, 300) ?? '';

/**
 * Counts one finished run. Pure, so the rules are unit-tested without running Vitest.
 * @param {string} name
 * @param {ReadonlyArray<import('vitest/node').TestModule>} modules
 * @param {ReadonlyArray<{ message?: string, name?: string }>} unhandledErrors
 * @param {string} reason
 * @returns {TotalsReport}
 */
export function countRun(name, modules, unhandledErrors, reason) {
  let passed = 0;
  let skipped = 0;
  /** @type {Problem[]} */
  const problems = [];
  for (const module of modules) {
    const project = module.project?.name ? `[${module.project.name}] ` : '';
    const where = `${project}${module.relativeModuleId ?? module.moduleId}`;
    for (const error of module.errors())
      problems.push({ kind: 'file-error', where, message: messageOf(error) });
    for (const suite of module.children.allSuites()) {
      for (const error of suite.errors()) {
        problems.push({
          kind: 'suite-error',
          where: `${where} > ${suite.fullName}`,
          message: messageOf(error),
        });
      }
    }
    for (const test of module.children.allTests()) {
      const result = test.result();
      if (result.state === 'passed') passed += 1;
      else if (result.state === 'skipped') skipped += 1;
      else if (result.state === 'failed') {
        problems.push({
          kind: 'failed-test',
          where: `${where} > ${test.fullName}`,
          message: messageOf(result.errors?.[0]),
        });
      } else {
        problems.push({
          kind: 'not-finished',
          where: `${where} > ${test.fullName}`,
          message: 'the test never finished',
        });
      }
    }
    const state = module.state();
    if (state === 'queued' || state === 'pending') {
      problems.push({ kind: 'not-finished', where, message: `the file never finished (${state})` });
    }
  }
  for (const error of unhandledErrors) {
    problems.push({ kind: 'unhandled-error', where: name, message: messageOf(error) });
  }
  if (reason === 'interrupted') {
    problems.push({
      kind: 'interrupted',
      where: name,
      message: 'the run was interrupted before it finished',
    });
  }
  return { schema: TOTALS_SCHEMA, name, passed, failed: problems.length, skipped, problems };
}

/**
 * Writes `data` to `file` so that a reader sees the old file, no file or the whole new one.
 * @param {string} file
 * @param {string} data
 */
export function writeAtomically(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** A Vitest reporter (see `reporters()` in vitest.mjs). */
export class TotalsReporter {
  /** @param {{ name: string, outputFile: string }} options */
  constructor(options) {
    this.options = options;
    this.root = process.cwd();
  }

  /** @param {import('vitest/node').Vitest} vitest */
  onInit(vitest) {
    this.root = vitest.config.root;
  }

  /**
   * @param {ReadonlyArray<import('vitest/node').TestModule>} modules
   * @param {ReadonlyArray<{ message?: string, name?: string }>} unhandledErrors
   * @param {string} reason
   */
  onTestRunEnd(modules, unhandledErrors, reason) {
    const report = countRun(this.options.name, modules, unhandledErrors, reason);
    writeAtomically(resolve(this.root, this.options.outputFile), `${JSON.stringify(report, null, 1)}\n`);
  }
}
