import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clearWorkspaceReports,
  formatTotals,
  readWorkspaceReports,
  sumReports,
} from '../src/test-totals.mjs';

const report = (passed: number, failed: number, pending = 0) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: pending,
});

describe('test totals', () => {
  it('adds up reports', () => {
    expect(sumReports([report(3, 0, 1), report(4, 2)])).toEqual({
      passed: 7,
      failed: 2,
      skipped: 1,
      files: 2,
    });
  });

  it('prints the closing line CI reads', () => {
    expect(formatTotals({ passed: 7, failed: 2, skipped: 1, files: 2 })).toBe(
      'Tests: 7 passed, 2 failed, 1 skipped',
    );
  });

  it('reads every package report in a workspace and clears them', () => {
    const root = mkdtempSync(join(tmpdir(), 'onramp-totals-'));
    for (const [pkg, passed] of [
      ['packages/a', 2],
      ['apps/b', 5],
    ] as const) {
      mkdirSync(join(root, pkg, 'reports'), { recursive: true });
      writeFileSync(join(root, pkg, 'reports', 'vitest-x.json'), JSON.stringify(report(passed, 0)));
      writeFileSync(join(root, pkg, 'reports', 'other.json'), '{}');
    }
    expect(sumReports(readWorkspaceReports(root)).passed).toBe(7);
    clearWorkspaceReports(root);
    expect(readWorkspaceReports(root)).toEqual([]);
  });
});
