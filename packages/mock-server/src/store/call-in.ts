import type { DefaultCallInNumber } from '@onramp/contract';
import { resolveDefaultCallInNumber } from '@onramp/domain';

const byCountry = new Map<string, DefaultCallInNumber | undefined>();

/**
 * The contract's `DefaultCallInNumber` of an org country (DOMAIN §3.3; E.164 on the wire), one
 * frozen object per country: every customer of a country shares it (stored records are replaced,
 * never changed in place) instead of each create keeping its own copy.
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
    countryCode: resolved.countryCode,
    country: resolved.country,
    source: resolved.source,
    ...(resolved.location ? { location: resolved.location } : {}),
  };
}
