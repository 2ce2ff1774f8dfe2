import { describe, expect, it } from 'vitest';
import type { Platform, Region, TelephonyOption } from '../vocabulary.js';
import { isTelephonyOffered, TELEPHONY_OPTION_DETAILS, telephonyOptionsFor } from './telephony.js';

// DOMAIN §1.3, typed out: [region, Webex Calling, third party via Webex Calling PSTN, VPOP].
const TABLE: [Region, boolean, boolean, boolean][] = [
  ['north_america', true, true, true],
  ['emea', true, true, true],
  ['latam', true, true, true],
  ['apjc', true, true, true],
  ['gulf', true, true, false],
  ['southern_africa', true, true, false],
];

describe('telephony options by region (DOMAIN §1.3), on the 1.0 platform', () => {
  it.each(TABLE)(
    '%s: Webex Calling %s, third party via Webex Calling %s, VPOP %s',
    (region, wxc, thirdParty, vpop) => {
      const offered = telephonyOptionsFor('1.0', region).map((details) => details.option);
      expect(offered.includes('webex_calling')).toBe(wxc);
      expect(offered.includes('third_party_via_webex_calling')).toBe(thirdParty);
      expect(offered.includes('third_party_via_vpop')).toBe(vpop);
    },
  );
});

describe('decision: the new platform offers no VPOP (the legacy integration of 1.0)', () => {
  it.each<Region>(['north_america', 'emea', 'latam', 'apjc', 'gulf', 'southern_africa'])('%s', (region) => {
    expect(telephonyOptionsFor('new_platform', region).map((details) => details.option)).toEqual([
      'webex_calling',
      'third_party_via_webex_calling',
    ]);
  });
});

describe('option details', () => {
  it('VPOP is marked legacy, not recommended; the others are not legacy', () => {
    expect(TELEPHONY_OPTION_DETAILS.third_party_via_vpop).toMatchObject({ legacy: true });
    expect(TELEPHONY_OPTION_DETAILS.third_party_via_vpop.note).toMatch(/not recommended/);
    expect(TELEPHONY_OPTION_DETAILS.webex_calling.legacy).toBe(false);
    expect(TELEPHONY_OPTION_DETAILS.third_party_via_webex_calling.legacy).toBe(false);
  });

  it('says what Webex Calling needs and that third-party via Webex Calling is free of charge', () => {
    expect(TELEPHONY_OPTION_DETAILS.webex_calling.note).toMatch(/active Webex Calling subscription/);
    expect(TELEPHONY_OPTION_DETAILS.third_party_via_webex_calling.note).toMatch(/free of charge/);
  });

  it.each<[TelephonyOption, Platform, Region, boolean]>([
    ['third_party_via_vpop', '1.0', 'emea', true],
    ['third_party_via_vpop', '1.0', 'gulf', false],
    ['third_party_via_vpop', 'new_platform', 'emea', false],
    ['webex_calling', 'new_platform', 'southern_africa', true],
  ])('isTelephonyOffered(%s, %s, %s) is %s', (option, platform, region, expected) => {
    expect(isTelephonyOffered(option, platform, region)).toBe(expected);
  });
});
