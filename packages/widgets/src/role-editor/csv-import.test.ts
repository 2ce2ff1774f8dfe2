import type { UserImportReport } from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import { changedSincePreview, localReport } from './csv-import.js';

const HEADER =
  'User ID/Email (Required),First Name,Last Name,Display Name,User Status,Webex Contact Center Standard,Webex Contact Center';

describe('the import preview before any upload: the domain rules, as the mock runs them', () => {
  it('refuses a file that is not the template, saying why', () => {
    expect(localReport(`${HEADER},Phone\n`)).toMatchObject({
      error: { code: 'unknown_columns', columns: ['Phone'] },
    });
    expect(localReport('"open')).toMatchObject({ error: { code: 'unclosed_quote' } });
  });

  it('reports each row the file alone shows wrong, with its row number and column', () => {
    const result = localReport(`${HEADER}\na@x.example.com,,,,,maybe,\n\nb@x.example.com,,,,,,TRUE\n`);
    if (!('report' in result)) throw new Error('the file is readable');
    expect(result.report.counts).toEqual({ rows: 2, changed: 0, unchanged: 1, errors: 1 });
    expect(result.report.rows[0]?.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'Webex Contact Center Standard', reason: 'invalid_boolean' }),
    ]);
    expect(result.report.rows[1]).toMatchObject({ row: 4, outcome: 'unchanged', errors: [] });
  });
});

describe('changes made by someone else between the preview and the apply', () => {
  const report = (rows: Array<[number, string, UserImportReport['rows'][number]['previousLicense']]>) =>
    ({
      dryRun: false,
      applied: true,
      counts: { rows: rows.length, changed: 0, unchanged: 0, errors: 0 },
      rows: rows.map(([row, email, previousLicense]) => ({
        row,
        email,
        outcome: 'changed' as const,
        previousLicense,
        license: 'cc_premium' as const,
        errors: [],
      })),
    }) satisfies UserImportReport;

  it('names the users whose license was not what the preview showed', () => {
    const preview = report([
      [2, 'a@x.example.com', 'cc_standard'],
      [3, 'b@x.example.com', null],
    ]);
    const applied = report([
      [2, 'a@x.example.com', 'cc_standard'],
      [3, 'b@x.example.com', 'cc_standard'],
    ]);
    expect(changedSincePreview(preview, applied)).toEqual(['b@x.example.com']);
    expect(changedSincePreview(preview, preview)).toEqual([]);
  });
});
