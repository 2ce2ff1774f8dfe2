import {
  applyCustomerEvent,
  type CustomerEvent,
  type CustomerLifecycle,
  type RplReviewOutcome,
  type WholesaleError,
} from '@onramp/domain';
import type { Clock } from '../../core/clock.js';
import type { Store } from '../../store/store.js';
import type { ScheduledStep, StoredCustomer } from '../../store/types.js';
import { ensureCustomerOrg, holdAdminPackage } from './customer-org.js';
import { followUp, lifecycleOf, reviewed, rplErrors } from './steps.js';

export type LifecycleResult = { customer: StoredCustomer } | { error: WholesaleError };

/** How a customer record moves from one state of the domain's lifecycle to the next, and is kept. */
export interface Transitions {
  /** Stores the domain's new state of `customer`, with what comes next. */
  save(
    customer: StoredCustomer,
    next: CustomerLifecycle,
    patch: Partial<StoredCustomer>,
    scheduled?: ScheduledStep,
  ): StoredCustomer;
  /** Stores a saved customer: its index entries, its org when provisioning starts, its next step. */
  stored(saved: StoredCustomer, next: CustomerLifecycle, now: number): StoredCustomer;
  /** Applies a lifecycle event (the domain's `applyCustomerEvent`) and stores the outcome. */
  apply(customer: StoredCustomer, event: CustomerEvent, patch?: Partial<StoredCustomer>): LifecycleResult;
  /** A reviewer's decision on a listed customer, taken at `at` (default: now). */
  decide(customer: StoredCustomer, outcome: RplReviewOutcome, at?: number): LifecycleResult;
}

/**
 * The transitions of one world's customers: `schedule` puts the step a saved record plans on the
 * clock (`createPlannedSteps`).
 */
export function createTransitions(
  store: Store,
  clock: Clock,
  schedule: (customer: StoredCustomer) => void,
): Transitions {
  function stored(saved: StoredCustomer, next: CustomerLifecycle, now: number): StoredCustomer {
    store.putCustomer(saved);
    // Provisioning creates the customer org (at once when clear, after approval when listed). It is
    // built on first need (`Directory.defer`): the customer as saved now holds all it is made of.
    if (next.status === 'provisioning') {
      if (saved.lastStatusChange === now) holdAdminPackage(store, saved, now);
      if (saved.lastStatusChange === now && !store.directory.hasOrg(saved.orgId))
        store.directory.defer(saved);
      else ensureCustomerOrg(store, saved, now);
    }
    schedule(saved);
    return saved;
  }

  function save(
    customer: StoredCustomer,
    next: CustomerLifecycle,
    patch: Partial<StoredCustomer>,
    scheduled?: ScheduledStep,
  ): StoredCustomer {
    const now = clock.now();
    const saved: StoredCustomer = {
      ...customer,
      ...patch,
      status: next.status,
      lastStatusChange: next.status === customer.status ? customer.lastStatusChange : now,
      scheduled,
    };
    if (!scheduled) delete saved.scheduled;
    return stored(saved, next, now);
  }

  function apply(
    customer: StoredCustomer,
    event: CustomerEvent,
    patch: Partial<StoredCustomer> = {},
  ): LifecycleResult {
    const result = applyCustomerEvent(lifecycleOf(customer), event);
    if ('error' in result) return result;
    return {
      customer: save(customer, result.customer, patch, followUp(customer, result.customer, clock.now())),
    };
  }

  function decide(customer: StoredCustomer, outcome: RplReviewOutcome, at = clock.now()): LifecycleResult {
    const patch: Partial<StoredCustomer> = { rplReview: reviewed(customer, outcome, at) };
    if (outcome === 'denied') patch.errors = rplErrors('denied');
    return apply(customer, { type: 'rplReviewDecided', outcome, now: at }, patch);
  }

  return { save, stored, apply, decide };
}
