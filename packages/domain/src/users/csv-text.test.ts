import { describe, expect, it } from 'vitest';
import { csvSeparatorOf, formatCsv, parseCsv, parseCsvRecords } from './csv-text.js';

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
