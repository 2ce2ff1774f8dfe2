import { COUNTRIES_OF_OPERATION, type CountryOfOperation } from './countries.js';

/** What the wizard knows of the order when a country is saved. */
export interface OrderFacts {
  readonly isTrial: boolean;
  /** CCAI services are being provisioned (also removes the time-zone step). */
  readonly ccai: boolean;
}

const BY_CODE: ReadonlyMap<string, CountryOfOperation> = new Map(
  COUNTRIES_OF_OPERATION.map((country) => [country.code, country]),
);

/** A supported country of operation by ISO 3166-1 alpha-2 code (case-insensitive). */
export function findCountry(code: string): CountryOfOperation | undefined {
  return BY_CODE.get(code.toUpperCase());
}

export type CountryCompatibility = 'compatible' | 'unknown_country' | 'incompatible_location';

/** May the tenant of this order be created in this country? (DOMAIN §1.2 "incompatible location") */
export function countryCompatibility(code: string, order: OrderFacts): CountryCompatibility {
  const country = findCountry(code);
  if (!country) return 'unknown_country';
  if (order.isTrial && country.notOfferedFor.includes('trial')) return 'incompatible_location';
  if (order.ccai && country.notOfferedFor.includes('ccai')) return 'incompatible_location';
  return 'compatible';
}
