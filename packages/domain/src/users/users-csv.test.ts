import { describe, expect, it } from 'vitest';
import { formatCsv } from './csv-text.js';
import { readUsersCsv, USERS_CSV_COLUMNS, usersCsvRowErrors } from './users-csv.js';

const HEADER = USERS_CSV_COLUMNS.join(',');
const row = (email: string, standard = '', premium = '') =>
  `${email},Ada,Lovelace,Ada Lovelace,verified,${standard},${premium}`;

describe('users CSV file (DOMAIN §2.3)', () => {
  it('is the template: e-mail, four read-only columns, the two license columns', () => {
    expect(HEADER).toBe(
      'User ID/Email (Required),First Name,Last Name,Display Name,User Status,Webex Contact Center Standard,Webex Contact Center',
    );
  });

  it('reads rows by header with their row numbers', () => {
    const file = readUsersCsv(`${HEADER}\r\n\r\n${row(' ada@x.example.com ', 'TRUE', 'FALSE')}\r\n`);
    expect(file).toEqual({
      header: USERS_CSV_COLUMNS,
      rows: [expect.objectContaining({ number: 3, email: 'ada@x.example.com' })],
    });
  });

  it('reads a template it exported with a formula-like name back as the name (no false change)', () => {
    const name = '=HYPERLINK("http://evil.example","Ada")';
    const file = readUsersCsv(
      formatCsv([[...USERS_CSV_COLUMNS], ['ada@x.example.com', name, 'L', 'D', 'verified', 'TRUE', 'FALSE']]),
    );
    expect('rows' in file && file.rows[0]?.values['First Name']).toBe(name);
  });

  it('accepts a subset of the columns in any order', () => {
    const file = readUsersCsv('Webex Contact Center,User ID/Email (Required)\nTRUE,a@x.example.com');
    expect('rows' in file && file.rows[0]?.values).toEqual({
      'Webex Contact Center': 'TRUE',
      'User ID/Email (Required)': 'a@x.example.com',
    });
  });

  it.each([
    ['', 'empty', []],
    [`${HEADER}\n"open`, 'unclosed_quote', []],
    ['First Name,Webex Contact Center\nAda,TRUE', 'missing_email_column', ['User ID/Email (Required)']],
    [`${HEADER},Phone,Title\n`, 'unknown_columns', ['Phone', 'Title']],
    [
      'User ID/Email (Required),Webex Contact Center,Webex Contact Center\n',
      'duplicate_columns',
      ['Webex Contact Center'],
    ],
    [`${HEADER}\n${'a@x.example.com\n'.repeat(10_001)}`, 'too_many_rows', []],
  ])('refuses %j whole: %s', (text, code, columns) => {
    expect(readUsersCsv(text)).toMatchObject({ error: { code, columns } });
  });
});

describe('users CSV rows: what the file alone shows', () => {
  it('finds a missing e-mail, a user twice, a value other than TRUE/FALSE, two licenses', () => {
    const file = readUsersCsv(
      [
        HEADER,
        row('a@x.example.com', 'TRUE'),
        row(''),
        row('A@x.example.com'),
        row('b@x.example.com', 'yes'),
        row('c@x.example.com', 'TRUE', 'TRUE'),
        row('d@x.example.com', 'false', ''),
      ].join('\n'),
    );
    if (!('rows' in file)) throw new Error('the file is valid');
    const errors = usersCsvRowErrors(file.rows);
    expect([...errors.entries()].map(([n, list]) => [n, list.map((e) => `${e.reason}@${e.column}`)])).toEqual(
      [
        [3, ['missing_email@User ID/Email (Required)']],
        [4, ['duplicate_user@User ID/Email (Required)']],
        [5, ['invalid_boolean@Webex Contact Center Standard']],
        [6, ['both_licenses@Webex Contact Center']],
      ],
    );
  });
});

describe('files that are not the CSV text', () => {
  it('refuses a binary file (a spreadsheet saved as .xlsx) by name, and reads a semicolon file', () => {
    const zip = 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml';
    expect(readUsersCsv(zip)).toMatchObject({ error: { code: 'not_text' } });
    const semicolons = 'User ID/Email (Required);Webex Contact Center Standard\r\nana@x.example;TRUE\r\n';
    expect(readUsersCsv(semicolons)).toMatchObject({
      header: ['User ID/Email (Required)', 'Webex Contact Center Standard'],
      rows: [{ number: 2, email: 'ana@x.example' }],
    });
  });
});
