import type { DefaultCallInNumber } from '@onramp/contract';
import { resolveDefaultCallInNumber } from '@onramp/domain';

/**
 * The contract's `DefaultCallInNumber` from the domain's rule (DOMAIN §3.3). The domain's numbers
 * are written `+<country code> …`, so the dialling code is the first group.
 */
const byCountry = new Map<string, DefaultCallInNumber | undefined>();

/**
 * The contract's `DefaultCallInNumber` of an org country, one frozen object per country: every
 * customer of a country shares it (stored records are replaced, never changed in place) instead of
 * each create keeping its own copy.
 */
export function defaultCallInNumberFor(country: string): DefaultCallInNumber | undefined {
  if (byCountry.has(country)) return byCountry.get(country);
  const number = resolve(country);
  byCountry.set(country, number && Object.freeze(number));
  return number;
}

function resolve(country: string): DefaultCallInNumber | undefined {
  const resolved = resolveDefaultCallInNumber(country);
  if (!resolved) return undefined;
  return {
    number: resolved.number,
    countryCode: resolved.number.split(' ')[0] ?? resolved.number,
    country: resolved.country,
    source: resolved.source,
    ...(resolved.location ? { location: resolved.location } : {}),
  };
}
