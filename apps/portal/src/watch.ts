import type { CustomerStatus } from '@onramp/contract';
import type { StatusTone } from '@onramp/widgets';

/**
 * The statuses a watched wholesale customer went through, oldest first. A status seen again in a
 * row (every poll and refresh reports one) is the same step, not a new one.
 */
export function recordStatus(history: readonly CustomerStatus[], status: CustomerStatus): CustomerStatus[] {
  return history.at(-1) === status ? [...history] : [...history, status];
}

/** The demo's RPL decision buttons act only while the customer waits for the review. */
export const canDecideRpl = (status: CustomerStatus | undefined) => status === 'pending_rpl_review';

/** Where the onboarding stands, for the history's badges. */
export function statusTone(status: CustomerStatus): StatusTone {
  switch (status) {
    case 'provisioned':
      return 'success';
    case 'provisioned_with_errors':
    case 'pending_rpl_review':
      return 'warning';
    case 'error':
      return 'danger';
    case 'deleting':
      return 'neutral';
    default:
      return 'info';
  }
}
