import type { License } from '../vocabulary.js';

/** DOMAIN §2.3: the only columns of the users CSV template that may be set, and their license. */
export const CSV_LICENSE_COLUMNS: Readonly<Record<string, License>> = {
  'Webex Contact Center Standard': 'cc_standard',
  'Webex Contact Center': 'cc_premium',
};

export interface CsvRowError {
  readonly code: 'invalid_enum' | 'one_license_only';
  readonly column: string;
  readonly message: string;
}

export type CsvLicenseResult = { readonly license: License | null } | { readonly error: CsvRowError };

/**
 * The user's contact-center license after one CSV row. Each license column is `TRUE` (give it),
 * `FALSE` (take it away) or empty (leave it); the other columns of the template are read-only and
 * ignored. A user holds at most one license (decision 0003), so two `TRUE`s are refused.
 */
export function licenseAfterCsvRow(
  current: License | null,
  row: Readonly<Record<string, string>>,
): CsvLicenseResult {
  let license = current;
  let given: License | null = null;
  for (const [column, columnLicense] of Object.entries(CSV_LICENSE_COLUMNS)) {
    const value = (row[column] ?? '').trim().toUpperCase();
    if (value === 'TRUE') {
      if (given !== null) {
        return {
          error: {
            code: 'one_license_only',
            column,
            message: 'A user holds only one contact-center license.',
          },
        };
      }
      given = columnLicense;
      license = columnLicense;
    } else if (value === 'FALSE') {
      if (license === columnLicense) license = null;
    } else if (value !== '') {
      return {
        error: { code: 'invalid_enum', column, message: `"${column}" must be TRUE, FALSE or empty.` },
      };
    }
  }
  return { license };
}
