import { describe, expect, it } from 'vitest';
import type { License } from '../vocabulary.js';
import { CSV_LICENSE_COLUMNS, licenseAfterCsvRow } from './license-csv.js';

const STANDARD = 'Webex Contact Center Standard';
const PREMIUM = 'Webex Contact Center';

describe('users CSV: the two license columns (DOMAIN §2.3)', () => {
  it('maps the columns to the licenses (decision 0003)', () => {
    expect(CSV_LICENSE_COLUMNS).toEqual({ [STANDARD]: 'cc_standard', [PREMIUM]: 'cc_premium' });
  });

  it.each<[License | null, Record<string, string>, License | null]>([
    [null, { [STANDARD]: 'TRUE' }, 'cc_standard'],
    [null, { [PREMIUM]: 'true' }, 'cc_premium'],
    ['cc_standard', { [STANDARD]: 'FALSE' }, null],
    ['cc_standard', { [STANDARD]: 'FALSE', [PREMIUM]: 'TRUE' }, 'cc_premium'],
    ['cc_premium', { [STANDARD]: 'FALSE' }, 'cc_premium'],
    ['cc_premium', { [STANDARD]: '', [PREMIUM]: '' }, 'cc_premium'],
    ['cc_premium', { 'Display Name': 'Ada', [PREMIUM]: ' TRUE ' }, 'cc_premium'],
  ])('%s with %j → %s', (current, row, expected) => {
    expect(licenseAfterCsvRow(current, row)).toEqual({ license: expected });
  });

  it('accepts only TRUE or FALSE', () => {
    expect(licenseAfterCsvRow(null, { [PREMIUM]: 'yes' })).toMatchObject({
      error: { code: 'invalid_enum', column: PREMIUM },
    });
  });

  it('refuses two licenses for one user', () => {
    expect(licenseAfterCsvRow(null, { [STANDARD]: 'TRUE', [PREMIUM]: 'TRUE' })).toMatchObject({
      error: { code: 'one_license_only' },
    });
  });
});
