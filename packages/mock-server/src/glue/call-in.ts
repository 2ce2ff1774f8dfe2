import type { DefaultCallInNumber } from '@onramp/contract';
import { resolveDefaultCallInNumber } from '@onramp/domain';

/**
 * The contract's `DefaultCallInNumber` from the domain's rule (DOMAIN §3.3). The domain's numbers
 * are written `+<country code> …`, so the dialling code is the first group.
 */
export function defaultCallInNumberFor(country: string): DefaultCallInNumber | undefined {
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
