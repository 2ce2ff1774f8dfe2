import type { BillingAddress } from '@onramp/contract';
import { RPL_REVIEW_LIMIT_MS, RPL_TYPICAL_REVIEW_MINUTES, type RplResult } from '@onramp/domain';

/**
 * The mock's stand-in for the restricted/denied parties list (DOMAIN §3.2): the real list is an
 * outside service, so a customer is "listed" when its name or billing address contains one of
 * these markers, and the marker also decides how the simulated manual review ends. The rules of
 * what follows (pending review, 72-hour deadline, approval, error) are the domain's.
 */
export const RPL_MARKERS = {
  /** Listed; the review approves it after 15–60 virtual minutes. */
  listed: 'rpl-listed',
  /** Listed; the review denies it (→ `error`). */
  denied: 'rpl-denied',
  /** Listed; nobody decides, so it times out after 72 h (→ `error`). */
  timeout: 'rpl-timeout',
} as const;

export type RplPlan = { outcome: 'approved' | 'denied' | 'timed_out'; afterMs: number };

function haystack(name: string | undefined, address: BillingAddress): string {
  return [name, address.addressLine1, address.addressLine2, address.city]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** Any marker, in any case (markers have no space, so none spans two fields of the haystack). */
const ANY_MARKER = new RegExp(Object.values(RPL_MARKERS).join('|'), 'i');
const marked = (field: string | undefined) => field !== undefined && ANY_MARKER.test(field);

/** Field by field, without building the haystack: it runs on every create. */
export function checkRpl(name: string | undefined, address: BillingAddress): RplResult {
  return marked(name) || marked(address.addressLine1) || marked(address.addressLine2) || marked(address.city)
    ? 'listed'
    : 'clear';
}

/** How the simulated review of a listed customer ends, and when (virtual ms after the check). */
export function rplReviewPlan(name: string | undefined, address: BillingAddress, seed: string): RplPlan {
  const text = haystack(name, address);
  if (text.includes(RPL_MARKERS.timeout)) return { outcome: 'timed_out', afterMs: RPL_REVIEW_LIMIT_MS + 1 };
  const { min, max } = RPL_TYPICAL_REVIEW_MINUTES;
  const minutes = min + (hash(seed) % (max - min + 1));
  return { outcome: text.includes(RPL_MARKERS.denied) ? 'denied' : 'approved', afterMs: minutes * 60_000 };
}

/** FNV-1a: a stable small hash, so the review time of a given customer is the same on every run. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
