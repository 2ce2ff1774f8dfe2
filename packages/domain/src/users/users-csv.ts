import { parseCsvRecords, restoreCsvCell } from './csv-text.js';
import { CSV_LICENSE_COLUMNS, licenseAfterCsvRow } from './license-csv.js';

/** The users CSV template (DOMAIN §2.3): the e-mail, read-only user columns, the two license columns. */
export const USERS_CSV_EMAIL_COLUMN = 'User ID/Email (Required)';
export const USERS_CSV_READ_ONLY_COLUMNS = [
  'First Name',
  'Last Name',
  'Display Name',
  'User Status',
] as const;
export const USERS_CSV_COLUMNS: readonly string[] = [
  USERS_CSV_EMAIL_COLUMN,
  ...USERS_CSV_READ_ONLY_COLUMNS,
  ...Object.keys(CSV_LICENSE_COLUMNS),
];
/** More rows than this are refused whole: an import is an admin's edit, not a migration. */
export const USERS_CSV_MAX_ROWS = 10_000;

/** Why a whole file is refused (`csv_invalid`); `columns` names the columns at fault. */
export interface UsersCsvFileError {
  readonly code:
    | 'empty'
    | 'not_text'
    | 'unclosed_quote'
    | 'missing_email_column'
    | 'unknown_columns'
    | 'duplicate_columns'
    | 'too_many_rows';
  readonly columns: readonly string[];
  readonly message: string;
}

/** A row of the file by its header, with its record number (the header is 1). */
export interface UsersCsvRow {
  readonly number: number;
  readonly values: Readonly<Record<string, string>>;
  readonly email: string;
}

export type UsersCsvFile =
  | { readonly header: readonly string[]; readonly rows: readonly UsersCsvRow[] }
  | { readonly error: UsersCsvFileError };

const fileError = (code: UsersCsvFileError['code'], message: string, columns: readonly string[] = []) => ({
  error: { code, columns, message },
});

/** Reads a users CSV file and checks its shape: the header of the template, at most 10,000 rows. */
export function readUsersCsv(text: string): UsersCsvFile {
  // A NUL never occurs in text: a spreadsheet (.xlsx, a zip), an image or another binary file.
  if (text.includes('\u0000'))
    return fileError('not_text', 'The file is not a CSV text file (is it a spreadsheet? Save it as CSV).');
  const records = parseCsvRecords(text);
  if (!records) return fileError('unclosed_quote', 'A quoted field is not closed.');
  const [head, ...body] = records;
  if (!head) return fileError('empty', 'The file is empty.');
  const header = head.cells.map((cell) => cell.trim());
  const unknown = header.filter((column) => !USERS_CSV_COLUMNS.includes(column));
  if (unknown.length > 0)
    return fileError('unknown_columns', `Unknown column(s): ${unknown.join(', ')}.`, unknown);
  const twice = header.filter((column, i) => header.indexOf(column) !== i);
  if (twice.length > 0)
    return fileError('duplicate_columns', `Column(s) given twice: ${twice.join(', ')}.`, twice);
  if (!header.includes(USERS_CSV_EMAIL_COLUMN))
    return fileError('missing_email_column', `The header must have "${USERS_CSV_EMAIL_COLUMN}".`, [
      USERS_CSV_EMAIL_COLUMN,
    ]);
  if (body.length > USERS_CSV_MAX_ROWS)
    return fileError('too_many_rows', `More than ${USERS_CSV_MAX_ROWS.toLocaleString('en')} rows.`);
  const rows = body.map(({ number, cells }) => {
    // A template the kit exported neutralised would-be formulas: read them back as the values they were.
    const values = Object.fromEntries(header.map((column, i) => [column, restoreCsvCell(cells[i] ?? '')]));
    return { number, values, email: (values[USERS_CSV_EMAIL_COLUMN] ?? '').trim() };
  });
  return { header, rows };
}

/** A problem of one row that the file alone shows (no user data needed). */
export interface UsersCsvRowError {
  readonly row: number;
  readonly column: string | null;
  readonly reason: 'missing_email' | 'duplicate_user' | 'invalid_boolean' | 'both_licenses';
  readonly message: string;
}

const LICENSE_REASON = { invalid_enum: 'invalid_boolean', one_license_only: 'both_licenses' } as const;

/**
 * The checks of every row that need no user data: an e-mail, once per file, and the license
 * columns `TRUE`, `FALSE` or empty with at most one `TRUE`. The widget runs them before sending
 * the file; the server runs the same ones, then the checks against its users.
 */
export function usersCsvRowErrors(rows: readonly UsersCsvRow[]): Map<number, UsersCsvRowError[]> {
  const seen = new Set<string>();
  const errors = new Map<number, UsersCsvRowError[]>();
  for (const row of rows) {
    const found: UsersCsvRowError[] = [];
    const key = row.email.toLowerCase();
    if (!row.email)
      found.push({
        row: row.number,
        column: USERS_CSV_EMAIL_COLUMN,
        reason: 'missing_email',
        message: 'Every row needs the user e-mail.',
      });
    else if (seen.has(key))
      found.push({
        row: row.number,
        column: USERS_CSV_EMAIL_COLUMN,
        reason: 'duplicate_user',
        message: `${row.email} is in the file twice.`,
      });
    seen.add(key);
    const license = licenseAfterCsvRow(null, row.values);
    if ('error' in license)
      found.push({
        row: row.number,
        column: license.error.column,
        reason: LICENSE_REASON[license.error.code],
        message: license.error.message,
      });
    if (found.length > 0) errors.set(row.number, found);
  }
  return errors;
}
