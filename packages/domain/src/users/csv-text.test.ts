import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from './csv.js';

describe('CSV', () => {
  it('reads quotes, escaped quotes, commas, CRLF and LF, a BOM, and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
  });
  it('refuses an unterminated quote', () => {
    expect(parseCsv('a,"b\n')).toBeUndefined();
  });
  it('writes what it reads', () => {
    const rows = [
      ['User ID/Email (Required)', 'Display Name'],
      ['a@b.example.com', 'Smith, "Jo"'],
    ];
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });
});
