import type { CallInLocation } from '../vocabulary.js';

export interface CallInLocationDefault {
  /** The dialling code of the default number. */
  readonly countryCode: string;
  /** Countries whose dial-in numbers serve as the location's default, in order of preference. */
  readonly countries: readonly string[];
}

/** DOMAIN §3.3: the default call-in number of each location, when the org country has none. */
export const CALL_IN_LOCATION_DEFAULTS: Readonly<Record<CallInLocation, CallInLocationDefault>> = {
  AMER: { countryCode: '+1', countries: ['US', 'CA'] },
  APAC: { countryCode: '+65', countries: ['SG'] },
  ANZ: { countryCode: '+61', countries: ['AU'] },
  EMEA: { countryCode: '+44', countries: ['GB'] },
  EURO: { countryCode: '+49', countries: ['DE'] },
};

/**
 * Every ISO 3166-1 alpha-2 country (all 249 assigned codes) in the location whose default serves
 * it when it has no dial-in number of its own (decisions/0021). By geography, except:
 * - AMER also holds the Pacific territories in the North American Numbering Plan (AS, GU, MP, UM);
 * - EURO is the EU and EFTA with their integral parts (Åland, the French outermost regions,
 *   Svalbard, Bouvet) and the euro microstates (AD, MC, SM, VA), served from Germany;
 * - EMEA is the rest of Europe (GB and the Crown dependencies, the Balkans, Eastern Europe, the
 *   Caucasus and Central Asia), the Middle East and Africa, served from the United Kingdom;
 * - ANZ is Australia, New Zealand, Oceania and Antarctica; APAC the rest of Asia.
 */
const LOCATION_COUNTRIES: Readonly<Record<CallInLocation, string>> = {
  AMER:
    'AG AI AR AS AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GL GS GT GU GY HN HT JM ' +
    'KN KY LC MP MS MX NI PA PE PM PR PY SR SV SX TC TT UM US UY VC VE VG VI',
  APAC: 'AF BD BN BT CN HK ID IN IO JP KH KP KR LA LK MM MN MO MV MY NP PH PK SG TH TL TW VN',
  ANZ: 'AQ AU CC CK CX FJ FM HM KI MH NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS',
  EURO:
    'AD AT AX BE BG BV CH CY CZ DE DK EE ES FI FR GF GP GR HR HU IE IS IT LI LT LU LV MC MF MQ MT NL ' +
    'NO PL PT RE RO SE SI SJ SK SM VA YT',
  EMEA:
    'AE AL AM AO AZ BA BF BH BI BJ BW BY CD CF CG CI CM CV DJ DZ EG EH ER ET FO GA GB GE GG GH GI GM ' +
    'GN GQ GW IL IM IQ IR JE JO KE KG KM KW KZ LB LR LS LY MA MD ME MG MK ML MR MU MW MZ NA NE NG OM ' +
    'PS QA RS RU RW SA SC SD SH SL SN SO SS ST SY SZ TD TF TG TJ TM TN TR TZ UA UG UZ YE ZA ZM ZW',
};

/** The location of each ISO 3166-1 alpha-2 country. */
export const COUNTRY_CALL_IN_LOCATION: ReadonlyMap<string, CallInLocation> = new Map(
  (Object.entries(LOCATION_COUNTRIES) as [CallInLocation, string][]).flatMap(([location, codes]) =>
    codes.split(' ').map((country) => [country, location] as const),
  ),
);

/** Every assigned ISO 3166-1 alpha-2 code (upper case): the choices of an address's country. */
export function isoCountryCodes(): string[] {
  return [...COUNTRY_CALL_IN_LOCATION.keys()];
}

/** The location of a country (any case); `null` for a code ISO 3166-1 does not assign. */
export function callInLocationOf(country: string): CallInLocation | null {
  return COUNTRY_CALL_IN_LOCATION.get(country.toUpperCase()) ?? null;
}

/** Is this an assigned ISO 3166-1 alpha-2 code (upper case, as the contract's `country`)? */
export function isIsoCountryCode(code: string): boolean {
  return COUNTRY_CALL_IN_LOCATION.has(code);
}
