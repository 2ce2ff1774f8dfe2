import { describe, expect, it } from 'vitest';
import { COUNTRIES_OF_OPERATION } from '../catalogue/countries.js';
import type { CallInLocation } from '../vocabulary.js';
import {
  CALL_IN_LOCATION_DEFAULTS,
  COUNTRY_CALL_IN_LOCATION,
  callInLocationOf,
  isIsoCountryCode,
  isoCountryCodes,
} from './call-in-locations.js';
import { resolveDefaultCallInNumber } from './resolve-call-in.js';

/** ISO 3166-1 alpha-2: the 249 officially assigned codes, as the standard lists them. */
const ISO_3166_1 = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR
HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL
NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/);

// DOMAIN §3.3, the table typed out: location → country code → country.
describe('location defaults (DOMAIN §3.3)', () => {
  it.each<[CallInLocation, string, string[]]>([
    ['AMER', '+1', ['US', 'CA']],
    ['APAC', '+65', ['SG']],
    ['ANZ', '+61', ['AU']],
    ['EMEA', '+44', ['GB']],
    ['EURO', '+49', ['DE']],
  ])('%s: %s, %j', (location, countryCode, countries) => {
    expect(CALL_IN_LOCATION_DEFAULTS[location]).toEqual({ countryCode, countries });
  });
});

describe('callInLocationOf', () => {
  it.each<[string, CallInLocation]>([
    ['US', 'AMER'],
    ['br', 'AMER'],
    ['JP', 'APAC'],
    ['NZ', 'ANZ'],
    ['GB', 'EMEA'],
    ['ZA', 'EMEA'],
    ['FR', 'EURO'],
    ['NL', 'EURO'],
  ])('%s is in %s', (country, location) => {
    expect(callInLocationOf(country)).toBe(location);
  });

  it('covers every supported country of operation', () => {
    const missing = COUNTRIES_OF_OPERATION.filter((country) => callInLocationOf(country.code) === null);
    expect(missing.map((country) => country.code)).toEqual([]);
  });

  it('knows no location for a code ISO 3166-1 does not assign', () => {
    for (const code of ['XX', 'UK', 'EU', 'XK', 'ZZ']) {
      expect(callInLocationOf(code)).toBeNull();
      expect(isIsoCountryCode(code)).toBe(false);
    }
  });

  it('places exactly the 249 ISO 3166-1 countries, each in one location', () => {
    expect(ISO_3166_1).toHaveLength(249);
    expect([...COUNTRY_CALL_IN_LOCATION.keys()].sort()).toEqual(ISO_3166_1);
  });

  // decisions/0021: the exceptions to geography.
  it.each<[string, CallInLocation]>([
    ['GU', 'AMER'],
    ['AS', 'AMER'],
    ['GL', 'AMER'],
    ['RE', 'EURO'],
    ['AX', 'EURO'],
    ['CH', 'EURO'],
    ['FO', 'EMEA'],
    ['RU', 'EMEA'],
    ['KZ', 'EMEA'],
    ['FJ', 'ANZ'],
    ['AQ', 'ANZ'],
    ['VN', 'APAC'],
  ])('%s is in %s', (country, location) => {
    expect(callInLocationOf(country)).toBe(location);
  });
});

describe('a default call-in number for every ISO 3166-1 country (DOMAIN §3.3)', () => {
  it.each(ISO_3166_1)('%s resolves to its own number or its location default', (country) => {
    const resolved = resolveDefaultCallInNumber(country);
    expect(resolved).not.toBeNull();
    const location = callInLocationOf(country) as CallInLocation;
    if (resolved?.source === 'location_default') {
      expect(resolved.location).toBe(location);
      expect(CALL_IN_LOCATION_DEFAULTS[location].countries).toContain(resolved.country);
      expect(resolved.countryCode).toBe(CALL_IN_LOCATION_DEFAULTS[location].countryCode);
    } else expect(resolved?.country).toBe(country);
  });
});

describe('isoCountryCodes', () => {
  it('lists the 249 assigned codes, each once, and a fresh copy each time', () => {
    const codes = isoCountryCodes();
    expect([...codes].sort()).toEqual([...ISO_3166_1].sort());
    codes.pop();
    expect(isoCountryCodes()).toHaveLength(249);
  });
});
