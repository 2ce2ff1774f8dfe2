import { describe, expect, it } from 'vitest';
import {
  csvSeparatorOf,
  formatCsv,
  neutraliseCsvCell,
  parseCsv,
  parseCsvRecords,
  restoreCsvCell,
} from './csv-text.js';

describe('CSV', () => {
  it('reads quotes, escaped quotes, commas, CRLF and LF, a BOM, and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
  });
  it('numbers records as a spreadsheet shows them, blank ones counted, quoted line breaks kept', () => {
    expect(parseCsvRecords('h1,h2\r\n\r\na,"x\ny"\n,\nb,c')).toEqual([
      { number: 1, cells: ['h1', 'h2'] },
      { number: 3, cells: ['a', 'x\ny'] },
      { number: 5, cells: ['b', 'c'] },
    ]);
  });
  it('reads old Mac line ends, a trailing empty field and a quoted line break', () => {
    expect(parseCsv('a,\rb,"x\r\ny"\r')).toEqual([
      ['a', ''],
      ['b', 'x\r\ny'],
    ]);
    expect(parseCsv('')).toEqual([]);
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

  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'];
    const written = parseCsv(formatCsv([hostile]));
    expect(written).toEqual([hostile.map((cell) => `'${cell}`)]);
    // Plain values, and a formula character later in the cell, are left alone.
    expect(parseCsv(formatCsv([['Jo', 'a=b', 'x@y.example.com', 'TRUE']]))).toEqual([
      ['Jo', 'a=b', 'x@y.example.com', 'TRUE'],
    ]);
  });
  it('restores exactly what it neutralised, apostrophes of the value included', () => {
    for (const value of ['=1', "'=1", "''@x", "'plain", 'plain', '-', ''])
      expect(restoreCsvCell(neutraliseCsvCell(value))).toBe(value);
    expect(neutraliseCsvCell("'=1")).toBe("''=1");
    expect(restoreCsvCell("'plain")).toBe("'plain");
  });
});

describe('semicolon-separated files (Excel in most of Europe)', () => {
  it('reads them as it reads commas, quotes and all', () => {
    expect(csvSeparatorOf('a;b;"c,d"\r\n1;2;3')).toBe(';');
    expect(csvSeparatorOf('a,b;c,d\n')).toBe(',');
    expect(csvSeparatorOf('"x;y;z",b\n')).toBe(',');
    expect(parseCsv('User ID/Email (Required);First Name\r\nana@x.example;"Ana; Maria"\r\n')).toEqual([
      ['User ID/Email (Required)', 'First Name'],
      ['ana@x.example', 'Ana; Maria'],
    ]);
  });
});
