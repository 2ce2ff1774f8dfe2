import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startVitest } from 'vitest/node';
import {
  clearReports,
  closingLines,
  exitCodeFor,
  formatTotals,
  readReports,
  readTurboSummary,
  summarize,
  testPackages,
  turboTasks,
} from '../src/test-totals.mjs';
import { TOTALS_SCHEMA, type TotalsReport, TotalsReporter } from '../src/totals-reporter.mjs';

type Problem = TotalsReport['problems'][number];

const report = (name: string, passed: number, problems: Problem[] = [], skipped = 0): TotalsReport => ({
  schema: TOTALS_SCHEMA,
  name,
  passed,
  failed: problems.length,
  skipped,
  problems,
});
const failedTest = (where: string): Problem => ({
  kind: 'failed-test',
  where,
  message: 'expected 1 to be 2',
});

/** A throwaway workspace: packages/<name> with a `test` script, and what each left in reports/. */
function workspace(files: Record<string, string | undefined>, withoutTests: string[] = []) {
  const root = mkdtempSync(join(tmpdir(), 'onramp-totals-'));
  for (const [pkg, content] of Object.entries(files)) {
    mkdirSync(join(root, 'packages', pkg, 'reports'), { recursive: true });
    writeFileSync(
      join(root, 'packages', pkg, 'package.json'),
      JSON.stringify({ name: `@x/${pkg}`, scripts: { test: 'vitest run' } }),
    );
    if (content !== undefined)
      writeFileSync(join(root, 'packages', pkg, 'reports', `totals-${pkg}.json`), content);
  }
  for (const pkg of withoutTests) {
    mkdirSync(join(root, 'packages', pkg), { recursive: true });
    writeFileSync(
      join(root, 'packages', pkg, 'package.json'),
      JSON.stringify({ name: `@x/${pkg}`, scripts: {} }),
    );
  }
  return root;
}

function totalsOf(root: string, extra: Partial<Parameters<typeof summarize>[0]> = {}) {
  const packages = testPackages(root);
  return summarize({ packages, ...readReports(root, packages), ...extra });
}

describe('the closing line', () => {
  it('adds up passed, failed and skipped over every package', () => {
    const root = workspace({
      a: JSON.stringify(report('a', 3, [], 1)),
      b: JSON.stringify(report('b', 4, [failedTest('x.test.ts > one'), failedTest('x.test.ts > two')])),
    });
    const totals = totalsOf(root);
    expect(formatTotals(totals)).toBe('Tests: 7 passed, 2 failed, 1 skipped');
    expect(totals.failures).toEqual([
      '@x/b: failed-test: x.test.ts > one: expected 1 to be 2',
      '@x/b: failed-test: x.test.ts > two: expected 1 to be 2',
    ]);
    expect(exitCodeFor(totals)).toBe(1);
  });

  it('passes only when nothing failed and something passed', () => {
    const root = workspace({ a: JSON.stringify(report('a', 3)) }, ['no-tests-here']);
    const totals = totalsOf(root, {
      tasks: [{ id: '@x/a#test', package: '@x/a', task: 'test', exitCode: 0 }],
      steps: [{ name: 'turbo run test', status: 0 }],
    });
    expect(totals).toEqual({ passed: 3, failed: 0, skipped: 0, failures: [] });
    expect(exitCodeFor(totals)).toBe(0);
    expect(closingLines(totals).at(-1)).toBe('Tests: 3 passed, 0 failed, 0 skipped');
  });

  it('counts unhandled errors, files that failed to load and failing hooks, each by name', () => {
    const root = workspace({
      a: JSON.stringify(
        report('a', 5, [
          { kind: 'unhandled-error', where: 'a', message: 'nobody handled this' },
          { kind: 'file-error', where: 'broken.test.ts', message: 'Failed to load url ./nope.js' },
          { kind: 'suite-error', where: 'hook.test.ts > server', message: 'the server did not start' },
        ]),
      ),
    });
    const totals = totalsOf(root);
    expect(totals.failed).toBe(3);
    expect(totals.failures.join('\n')).toMatch(/unhandled-error.*nobody handled this/);
    expect(totals.failures.join('\n')).toMatch(/file-error: broken\.test\.ts/);
    expect(exitCodeFor(totals)).toBe(1);
  });

  it('counts a package whose tests never ran, was cancelled or crashed without a report', () => {
    const root = workspace({
      ran: JSON.stringify(report('ran', 10)),
      never: undefined,
      cancelled: undefined,
      crashed: undefined,
    });
    const totals = totalsOf(root, {
      tasks: [
        { id: '@x/ran#test', package: '@x/ran', task: 'test', exitCode: 0 },
        { id: '@x/cancelled#test', package: '@x/cancelled', task: 'test', exitCode: null },
        { id: '@x/crashed#test', package: '@x/crashed', task: 'test', exitCode: 1 },
      ],
    });
    expect(totals.passed).toBe(10);
    expect(totals.failures).toEqual([
      '@x/cancelled: no test report: its test task was scheduled but never ran (cancelled, or a task it depends on failed)',
      '@x/crashed: no test report: its test task exited with code 1 without a report',
      '@x/never: no test report: its test task never ran',
    ]);
    expect(exitCodeFor(totals)).toBe(1);
  });

  it('names a report that is cut short, empty or of another shape, and is still printed', () => {
    const whole = JSON.stringify(report('a', 2));
    const root = workspace({
      truncated: whole.slice(0, whole.length / 2),
      empty: '',
      other: JSON.stringify({ numPassedTests: 5, numFailedTests: 0 }),
      lying: JSON.stringify({ ...report('lying', 1), failed: 0, problems: [failedTest('x')] }),
      good: whole,
    });
    const totals = totalsOf(root);
    expect(totals.passed).toBe(2);
    expect(totals.failed).toBe(4);
    for (const pkg of ['truncated', 'empty', 'other', 'lying']) {
      expect(
        totals.failures.some(
          (f) => f.startsWith(join('packages', pkg, 'reports')) && f.includes('unreadable report'),
        ),
      ).toBe(true);
    }
    expect(formatTotals(totals)).toBe('Tests: 2 passed, 4 failed, 0 skipped');
  });

  it('counts a failed build, lint or typecheck task, and a test task that failed after a clean report', () => {
    const root = workspace({
      a: JSON.stringify(report('a', 4)),
      b: JSON.stringify(report('b', 1, [failedTest('t')])),
    });
    const totals = totalsOf(root, {
      tasks: [
        { id: '@x/a#typecheck', package: '@x/a', task: 'typecheck', exitCode: 2 },
        { id: '@x/a#test', package: '@x/a', task: 'test', exitCode: 1 },
        { id: '@x/b#test', package: '@x/b', task: 'test', exitCode: 1 },
        { id: '@x/c#lint', package: '@x/c', task: 'lint', exitCode: null },
      ],
      steps: [{ name: 'turbo run build lint typecheck test', status: 1 }],
    });
    expect(totals.failures).toEqual([
      '@x/b: failed-test: t: expected 1 to be 2',
      '@x/a#typecheck: exited with code 2',
      '@x/a#test: exited with code 1',
      '@x/c#lint: never ran (cancelled, or a task it depends on failed)',
    ]);
  });

  it('counts a failed step that no report or task explains (Biome, or Turborepo with no summary)', () => {
    const root = workspace({ a: JSON.stringify(report('a', 4)) });
    const totals = totalsOf(root, {
      steps: [
        { name: 'biome ci', status: 1 },
        { name: 'turbo run test', status: 1 },
      ],
    });
    expect(totals.failures).toEqual(['biome ci: exited with code 1']);
    const quiet = totalsOf(root, { steps: [{ name: 'turbo run test', status: 1 }] });
    expect(quiet.failures).toEqual(['turbo run test: exited with code 1']);
    expect(exitCodeFor(quiet)).toBe(1);
  });

  it('fails a run in which no test passed, and says so on the line', () => {
    const totals = totalsOf(workspace({}));
    expect(formatTotals(totals)).toBe('Tests: 0 passed, 1 failed, 0 skipped');
    expect(exitCodeFor(totals)).toBe(1);
  });

  it('clears only reports, so that old ones never count', () => {
    const root = workspace({ a: JSON.stringify(report('a', 4)) });
    const packages = testPackages(root);
    clearReports(packages);
    expect(readReports(root, packages)).toEqual({ reports: [], unreadable: [] });
    expect(testPackages(root)).toHaveLength(1);
  });
});

describe("Turborepo's run summary", () => {
  it('gives each task its exit code, and none to a task that never executed', () => {
    expect(
      turboTasks({
        tasks: [
          { taskId: '@x/a#test', package: '@x/a', task: 'test', execution: { exitCode: 0 } },
          {
            taskId: '@x/b#build',
            package: '@x/b',
            task: 'build',
            execution: { exitCode: 2, error: 'exited (2)' },
          },
          { taskId: '@x/c#test', package: '@x/c', task: 'test' },
        ],
      }),
    ).toEqual([
      { id: '@x/a#test', package: '@x/a', task: 'test', exitCode: 0 },
      { id: '@x/b#build', package: '@x/b', task: 'build', exitCode: 2 },
      { id: '@x/c#test', package: '@x/c', task: 'test', exitCode: null },
    ]);
    expect(turboTasks(undefined)).toEqual([]);
    expect(turboTasks({ tasks: 'nonsense' })).toEqual([]);
  });

  it('reads the newest summary of this run, and nothing when it is unreadable or older', () => {
    const root = mkdtempSync(join(tmpdir(), 'onramp-turbo-'));
    mkdirSync(join(root, '.turbo', 'runs'), { recursive: true });
    expect(readTurboSummary(root)).toBeUndefined();
    writeFileSync(join(root, '.turbo', 'runs', 'one.json'), JSON.stringify({ tasks: [] }));
    expect(readTurboSummary(root)).toEqual({ tasks: [] });
    expect(readTurboSummary(root, Date.now() + 60_000)).toBeUndefined();
    writeFileSync(join(root, '.turbo', 'runs', 'one.json'), '{"tasks": [');
    expect(readTurboSummary(root)).toBeUndefined();
  });
});

describe('the totals reporter, in a real Vitest run', () => {
  // A whole Vitest run inside this one: ~10 s alone, several times that on a loaded runner.
  it('writes every kind of failure that the JSON reporter leaves out', { timeout: 240_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'onramp-reporter-'));
    const outputFile = join(out, 'reports', 'totals-fixture.json');
    const fixtures = fileURLToPath(new URL('./fixtures/run/', import.meta.url));
    const vitest = await startVitest(
      'test',
      [],
      {
        root: fixtures,
        config: false,
        include: ['*.check.ts'],
        watch: false,
        reporters: [new TotalsReporter({ name: 'fixture', outputFile })],
        dangerouslyIgnoreUnhandledErrors: false,
      },
      {},
    );
    await vitest.close();
    process.exitCode = 0; // the fixture run fails on purpose; this test's own result is what counts
    const written = JSON.parse(readFileSync(outputFile, 'utf8')) as TotalsReport;
    const kinds = written.problems.map((p) => `${p.kind}: ${p.where}`).sort();
    expect(written.passed).toBe(3);
    expect(written.skipped).toBeGreaterThanOrEqual(1);
    expect(written.failed).toBe(written.problems.length);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'failed-test: fails.check.ts > fails',
        'file-error: broken-import.check.ts',
        'suite-error: hook.check.ts > a suite whose beforeAll throws',
        'suite-error: hook.check.ts > a suite whose afterAll throws',
        'unhandled-error: fixture',
      ]),
    );
    expect(written.problems.find((p) => p.kind === 'unhandled-error')?.message).toMatch(
      /nobody handled this/,
    );
  });
});
