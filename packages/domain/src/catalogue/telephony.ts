import type { Platform, Region, TelephonyOption } from '../vocabulary.js';

/** DOMAIN §1.3: which telephony options each region offers (one row per table row). */
export const TELEPHONY_BY_REGION: Readonly<Record<Region, readonly TelephonyOption[]>> = {
  north_america: ['webex_calling', 'third_party_via_webex_calling', 'third_party_via_vpop'],
  emea: ['webex_calling', 'third_party_via_webex_calling', 'third_party_via_vpop'],
  latam: ['webex_calling', 'third_party_via_webex_calling', 'third_party_via_vpop'],
  apjc: ['webex_calling', 'third_party_via_webex_calling', 'third_party_via_vpop'],
  gulf: ['webex_calling', 'third_party_via_webex_calling'],
  southern_africa: ['webex_calling', 'third_party_via_webex_calling'],
};

/**
 * Decision (the seed says options depend on "the platform and region" but tabulates only the
 * region): VPOP is the legacy integration of the 1.0 platform, so the new platform does not offer it.
 */
export const TELEPHONY_BY_PLATFORM: Readonly<Record<Platform, readonly TelephonyOption[]>> = {
  '1.0': ['webex_calling', 'third_party_via_webex_calling', 'third_party_via_vpop'],
  new_platform: ['webex_calling', 'third_party_via_webex_calling'],
};

export interface TelephonyOptionDetails {
  readonly option: TelephonyOption;
  readonly label: string;
  /** Legacy options are shown as "not recommended for new customers". */
  readonly legacy: boolean;
  readonly note: string;
}

export const TELEPHONY_OPTION_DETAILS: Readonly<Record<TelephonyOption, TelephonyOptionDetails>> = {
  webex_calling: {
    option: 'webex_calling',
    label: 'Webex Calling carriers and PSTN via Webex Calling',
    legacy: false,
    note: 'Needs an active Webex Calling subscription.',
  },
  third_party_via_webex_calling: {
    option: 'third_party_via_webex_calling',
    label: 'External / third-party telephony via Webex Calling PSTN services',
    legacy: false,
    note: 'Added to the order free of charge.',
  },
  third_party_via_vpop: {
    option: 'third_party_via_vpop',
    label: 'External / third-party telephony via VPOP',
    legacy: true,
    note: 'Legacy: not recommended for new customers.',
  },
};

/** The options the wizard offers for a platform in a region, in the table's order. */
export function telephonyOptionsFor(platform: Platform, region: Region): readonly TelephonyOptionDetails[] {
  return TELEPHONY_BY_REGION[region]
    .filter((option) => TELEPHONY_BY_PLATFORM[platform].includes(option))
    .map((option) => TELEPHONY_OPTION_DETAILS[option]);
}

export function isTelephonyOffered(option: TelephonyOption, platform: Platform, region: Region): boolean {
  return telephonyOptionsFor(platform, region).some((offered) => offered.option === option);
}
