import type { CustomerStatus } from '@onramp/contract';
import type { Clock } from '../../core/clock.js';
import { checkRpl, PROVISIONING_MS, RPL_REVIEW_TIMEOUT_MS, rplReviewPlan } from '../../rules/rpl.js';
import type { Store } from '../../store/store.js';
import type { StoredCustomer } from '../../store/types.js';

/** Deleting takes this long before the customer disappears. */
export const DELETING_MS = 60_000;

export interface Lifecycle {
  /** Runs the RPL check (on create and on a billing-address change) and schedules what follows. */
  onboard(customer: StoredCustomer, trigger: 'created' | 'address_updated'): StoredCustomer;
  /** An update without an RPL re-run: `updating`, then `provisioned`. */
  update(customer: StoredCustomer): StoredCustomer;
  remove(customer: StoredCustomer): StoredCustomer;
  /** Forgets every scheduled transition (on reset). */
  cancelAll(): void;
}

/**
 * The wholesale customer lifecycle (DOMAIN §3.2), driven by the virtual clock. Each scheduled step
 * checks that the customer is still in the state it was scheduled from, so a later update, delete
 * or reset silently supersedes it.
 */
export function createLifecycle(store: Store, clock: Clock): Lifecycle {
  let epoch = 0;

  function setStatus(
    customer: StoredCustomer,
    status: CustomerStatus,
    patch: Partial<StoredCustomer> = {},
  ): StoredCustomer {
    const next = { ...customer, ...patch, status, lastStatusChange: clock.now() };
    store.putCustomer(next);
    return next;
  }

  /** Schedules `step` if the customer still has `status` and the same `lastStatusChange` then. */
  function later(after: number, from: StoredCustomer, step: (current: StoredCustomer) => void): void {
    const scheduledIn = epoch;
    clock.schedule(clock.now() + after, () => {
      const current = store.customers.get(from.id);
      if (
        scheduledIn !== epoch ||
        !current ||
        current.status !== from.status ||
        current.lastStatusChange !== from.lastStatusChange
      )
        return;
      step(current);
    });
  }

  function provision(customer: StoredCustomer, patch: Partial<StoredCustomer> = {}): StoredCustomer {
    const provisioning = setStatus(customer, 'provisioning', patch);
    later(PROVISIONING_MS, provisioning, (current) => setStatus(current, 'provisioned'));
    return provisioning;
  }

  return {
    onboard(customer, trigger) {
      const now = clock.now();
      const checkedAt = new Date(now).toISOString();
      const name = customer.customerInfo?.name;
      if (checkRpl(name, customer.address) === 'clear') {
        return provision(customer, { rplReview: { result: 'clear', checkedAt, trigger }, errors: undefined });
      }
      const pending = setStatus(customer, 'pending_rpl_review', {
        rplReview: {
          result: 'listed',
          checkedAt,
          trigger,
          reviewStatus: 'pending',
          reviewDeadline: new Date(now + RPL_REVIEW_TIMEOUT_MS).toISOString(),
        },
      });
      const plan = rplReviewPlan(name, customer.address, customer.id);
      later(plan.afterMs, pending, (current) => {
        const reviewedAt = new Date(clock.now()).toISOString();
        const review = { ...current.rplReview, result: 'listed' as const, checkedAt, reviewedAt };
        if (plan.outcome === 'approved') {
          provision(current, { rplReview: { ...review, reviewStatus: 'approved' } });
          return;
        }
        const description =
          plan.outcome === 'denied'
            ? 'The restricted parties review denied this customer; onboarding does not continue.'
            : 'The restricted parties review was not resolved within 72 hours; onboarding does not continue.';
        setStatus(current, 'error', {
          rplReview: { ...review, reviewStatus: plan.outcome },
          errors: [{ errorCode: 4030, description }],
        });
      });
      return pending;
    },
    update(customer) {
      const updating = setStatus(customer, 'updating');
      later(PROVISIONING_MS, updating, (current) => setStatus(current, 'provisioned'));
      return updating;
    },
    remove(customer) {
      if (customer.status === 'deleting') return customer;
      const deleting = setStatus(customer, 'deleting');
      later(DELETING_MS, deleting, (current) => store.deleteCustomer(current.id));
      return deleting;
    },
    cancelAll() {
      epoch++;
    },
  };
}
