import type { DataCenter, Platform, Region } from '../vocabulary.js';

/** Orders a country may refuse at "Save" with `incompatible_location` (DOMAIN §1.2). */
export type OrderRestriction = 'trial' | 'ccai';

/** A supported country of operation (DOMAIN §1.3, the data-locality table the seed points to). */
export interface CountryOfOperation {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  readonly name: string;
  readonly region: Region;
  /** Where the tenant is created (data locality). */
  readonly dataCenter: DataCenter;
  /** IANA id; the default of the tenant time zone. */
  readonly defaultTimeZone: string;
  readonly platforms: readonly Platform[];
  /** Orders the service is not offered for in this country: saving it answers `incompatible_location`. */
  readonly notOfferedFor: readonly OrderRestriction[];
}

const BOTH: readonly Platform[] = ['1.0', 'new_platform'];
const CLASSIC_ONLY: readonly Platform[] = ['1.0'];
const NEW_ONLY: readonly Platform[] = ['new_platform'];

type Restrictions = readonly OrderRestriction[];
type Row = readonly [string, string, Region, DataCenter, string, readonly Platform[], Restrictions?];

/*
 * Data centers. A country with its own uses it (EU members count the EU one as their own).
 * Otherwise the nearest one, with the reason in the comment. Decisions (not in the seed):
 * - the Saudi and UAE data centers serve their own country and the Gulf-region countries next to
 *   them; Turkey and South Africa go to the EU one (nearest general-purpose region);
 * - platforms: the newest markets (LATAM outside Mexico/Brazil, the Gulf, Southern Africa) only
 *   have 1.0 so far; the two sovereign data centers (sa, ae) opened with the new platform only;
 * - incompatible locations: India takes no trials (its telecom rules require a subscription
 *   with a local carrier), the sovereign data centers offer no CCAI.
 */
const ROWS: readonly Row[] = [
  // North America
  ['US', 'United States', 'north_america', 'us', 'America/New_York', BOTH],
  ['CA', 'Canada', 'north_america', 'ca', 'America/Toronto', BOTH],
  // EMEA
  ['GB', 'United Kingdom', 'emea', 'uk', 'Europe/London', BOTH],
  ['IE', 'Ireland', 'emea', 'eu', 'Europe/Dublin', BOTH],
  ['DE', 'Germany', 'emea', 'eu', 'Europe/Berlin', BOTH],
  ['FR', 'France', 'emea', 'eu', 'Europe/Paris', BOTH],
  ['NL', 'Netherlands', 'emea', 'eu', 'Europe/Amsterdam', BOTH],
  ['BE', 'Belgium', 'emea', 'eu', 'Europe/Brussels', BOTH],
  ['ES', 'Spain', 'emea', 'eu', 'Europe/Madrid', BOTH],
  ['IT', 'Italy', 'emea', 'eu', 'Europe/Rome', BOTH],
  ['PT', 'Portugal', 'emea', 'eu', 'Europe/Lisbon', BOTH],
  ['AT', 'Austria', 'emea', 'eu', 'Europe/Vienna', BOTH],
  ['SE', 'Sweden', 'emea', 'eu', 'Europe/Stockholm', BOTH],
  ['DK', 'Denmark', 'emea', 'eu', 'Europe/Copenhagen', BOTH],
  ['FI', 'Finland', 'emea', 'eu', 'Europe/Helsinki', BOTH],
  ['PL', 'Poland', 'emea', 'eu', 'Europe/Warsaw', BOTH],
  ['CH', 'Switzerland', 'emea', 'eu', 'Europe/Zurich', BOTH], // nearest: EU (Frankfurt)
  ['NO', 'Norway', 'emea', 'eu', 'Europe/Oslo', BOTH], // nearest: EU
  ['SA', 'Saudi Arabia', 'emea', 'sa', 'Asia/Riyadh', NEW_ONLY, ['ccai']],
  ['AE', 'United Arab Emirates', 'emea', 'ae', 'Asia/Dubai', NEW_ONLY, ['ccai']],
  // LATAM: no data center in Latin America; the US one is the nearest
  ['MX', 'Mexico', 'latam', 'us', 'America/Mexico_City', BOTH],
  ['BR', 'Brazil', 'latam', 'us', 'America/Sao_Paulo', BOTH],
  ['AR', 'Argentina', 'latam', 'us', 'America/Argentina/Buenos_Aires', CLASSIC_ONLY],
  ['CL', 'Chile', 'latam', 'us', 'America/Santiago', CLASSIC_ONLY],
  ['CO', 'Colombia', 'latam', 'us', 'America/Bogota', CLASSIC_ONLY],
  ['PE', 'Peru', 'latam', 'us', 'America/Lima', CLASSIC_ONLY],
  ['CR', 'Costa Rica', 'latam', 'us', 'America/Costa_Rica', CLASSIC_ONLY],
  // APJC
  ['JP', 'Japan', 'apjc', 'jp', 'Asia/Tokyo', BOTH],
  ['KR', 'South Korea', 'apjc', 'jp', 'Asia/Seoul', BOTH], // nearest: Japan
  ['TW', 'Taiwan', 'apjc', 'jp', 'Asia/Taipei', BOTH], // nearest: Japan
  ['AU', 'Australia', 'apjc', 'au', 'Australia/Sydney', BOTH],
  ['NZ', 'New Zealand', 'apjc', 'au', 'Pacific/Auckland', BOTH], // nearest: Australia
  ['SG', 'Singapore', 'apjc', 'sg', 'Asia/Singapore', BOTH],
  ['HK', 'Hong Kong', 'apjc', 'sg', 'Asia/Hong_Kong', BOTH], // nearest: Singapore
  ['IN', 'India', 'apjc', 'sg', 'Asia/Kolkata', BOTH, ['trial']], // nearest: Singapore
  ['MY', 'Malaysia', 'apjc', 'sg', 'Asia/Kuala_Lumpur', BOTH], // nearest: Singapore
  ['ID', 'Indonesia', 'apjc', 'sg', 'Asia/Jakarta', BOTH], // nearest: Singapore
  ['TH', 'Thailand', 'apjc', 'sg', 'Asia/Bangkok', BOTH], // nearest: Singapore
  ['PH', 'Philippines', 'apjc', 'sg', 'Asia/Manila', BOTH], // nearest: Singapore
  // Gulf region (DOMAIN §1.3 names exactly these five)
  ['TR', 'Turkey', 'gulf', 'eu', 'Europe/Istanbul', BOTH], // nearest: EU
  ['JO', 'Jordan', 'gulf', 'sa', 'Asia/Amman', CLASSIC_ONLY], // nearest: Saudi Arabia
  ['BH', 'Bahrain', 'gulf', 'sa', 'Asia/Bahrain', CLASSIC_ONLY], // nearest: Saudi Arabia
  ['KW', 'Kuwait', 'gulf', 'sa', 'Asia/Kuwait', CLASSIC_ONLY], // nearest: Saudi Arabia
  ['OM', 'Oman', 'gulf', 'ae', 'Asia/Muscat', CLASSIC_ONLY], // nearest: UAE
  // Southern Africa
  ['ZA', 'South Africa', 'southern_africa', 'eu', 'Africa/Johannesburg', CLASSIC_ONLY],
];

export const COUNTRIES_OF_OPERATION: readonly CountryOfOperation[] = ROWS.map(
  ([code, name, region, dataCenter, defaultTimeZone, platforms, notOfferedFor = []]) => ({
    code,
    name,
    region,
    dataCenter,
    defaultTimeZone,
    platforms,
    notOfferedFor,
  }),
);
