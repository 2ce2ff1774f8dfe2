import { describe, expect, it } from 'vitest';
import type { License, Platform } from '../vocabulary.js';
import { LICENSE_OPTIONS_BY_PLATFORM, licenseChangeRefusal, licenseOptionsFor } from './license-options.js';

describe('license options per platform (DOMAIN §2.3, decision 0006)', () => {
  it('offers both agent tiers on both platforms', () => {
    expect(LICENSE_OPTIONS_BY_PLATFORM).toEqual({
      '1.0': ['cc_standard', 'cc_premium'],
      new_platform: ['cc_standard', 'cc_premium'],
    });
  });

  it('offers nothing before the setup has chosen a platform', () => {
    expect(licenseOptionsFor(null)).toEqual([]);
    expect(licenseOptionsFor('1.0')).toEqual(['cc_standard', 'cc_premium']);
  });

  it.each<[Platform | null, License | null, License | null, string | null]>([
    ['new_platform', null, 'cc_premium', null],
    ['1.0', 'cc_standard', 'cc_premium', null],
    ['1.0', 'cc_premium', null, null],
    [null, 'cc_premium', null, null],
    [null, 'cc_premium', 'cc_premium', null],
    [null, null, 'cc_standard', 'license_not_offered'],
    [null, 'cc_premium', 'cc_standard', 'license_not_offered'],
  ])('on %s, %s → %s: %s', (platform, current, next, expected) => {
    expect(licenseChangeRefusal(platform, current, next)?.reason ?? null).toBe(expected);
  });
});
