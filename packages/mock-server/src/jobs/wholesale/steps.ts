import type { RplReview } from '@onramp/contract';
import { type CustomerLifecycle, rplDeadline } from '@onramp/domain';
import type { ScheduledStep, StoredCustomer } from '../../store/types.js';
import { checkRpl, rplReviewPlan } from './rpl-list.js';

/** How long provisioning and updates take, and deleting, in virtual time (the mock's choice). */
export const PROVISIONING_MS = 3 * 60 * 1000;
export const DELETING_MS = 60_000;

/**
 * `new Date(ms).toISOString()`, remembering the last one: creates in the same virtual millisecond
 * (many, under load) share one string instead of each keeping its own.
 */
let lastIsoMs = Number.NaN;
let lastIso = '';
function isoAt(ms: number): string {
  if (ms !== lastIsoMs) {
    lastIsoMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}

/** The domain's view of a stored customer: its status and its RPL check. */
export function lifecycleOf(customer: StoredCustomer): CustomerLifecycle {
  const review = customer.rplReview;
  return {
    status: customer.status,
    rpl: {
      result: review?.result ?? 'clear',
      checkedAt: review ? Date.parse(review.checkedAt) : customer.createdAt,
      review: review?.reviewStatus ?? null,
    },
  };
}

/** The timed step a state leads to. */
export function followUp(
  customer: StoredCustomer,
  next: CustomerLifecycle,
  now: number,
): ScheduledStep | undefined {
  if (next.status === 'provisioning' || next.status === 'updating')
    return { at: now + PROVISIONING_MS, step: 'provisioned' };
  if (next.status === 'deleting') return { at: now + DELETING_MS, step: 'deleted' };
  if (next.status === 'pending_rpl_review') {
    // Seeded by the partner's own id, not the random Cisco id: the same customer is reviewed in the
    // same time on every run (two runs of the same requests leave the same world).
    const plan = rplReviewPlan(customer.customerInfo?.name, customer.address, customer.externalId);
    const step =
      plan.outcome === 'approved' ? 'rpl_approved' : plan.outcome === 'denied' ? 'rpl_denied' : 'rpl_timeout';
    return { at: now + plan.afterMs, step };
  }
  return undefined;
}

/** The customer's RPL review with its reviewer's outcome at `at`. */
export function reviewed(
  customer: StoredCustomer,
  status: NonNullable<RplReview['reviewStatus']>,
  at: number,
): RplReview {
  return {
    ...(customer.rplReview as RplReview),
    reviewStatus: status,
    reviewedAt: new Date(at).toISOString(),
  };
}

/** The RPL check of a customer's name and address at `now` (DOMAIN §3.2). */
export function rplCheck(
  customer: StoredCustomer,
  trigger: 'created' | 'address_updated',
  now: number,
): { rplReview: RplReview; listed: boolean } {
  const result = checkRpl(customer.customerInfo?.name, customer.address);
  const checkedAt = isoAt(now);
  if (result === 'clear') return { listed: false, rplReview: { result, checkedAt, trigger } };
  return {
    listed: true,
    rplReview: {
      result,
      checkedAt,
      trigger,
      reviewStatus: 'pending',
      reviewDeadline: new Date(rplDeadline(now)).toISOString(),
    },
  };
}

/** The errors of a customer whose onboarding the RPL review stopped. */
export const RPL_STOPPED = {
  denied: 'The restricted parties review denied this customer; onboarding does not continue.',
  timed_out: 'The restricted parties review was not resolved within 72 hours; onboarding does not continue.',
} as const;

export const rplErrors = (outcome: keyof typeof RPL_STOPPED) => [
  { errorCode: 4030, description: RPL_STOPPED[outcome] },
];
