import {
  advance,
  applyCustomerEvent,
  type CustomerEvent,
  type CustomerLifecycle,
  createCustomer,
  type RplReviewOutcome,
  type WholesaleError,
} from '@onramp/domain';
import type { Clock } from '../../core/clock.js';
import type { Store } from '../../store/store.js';
import type { ScheduledStep, StoredCustomer } from '../../store/types.js';
import { ensureCustomerOrg, holdAdminPackage } from './customer-org.js';
import { createPlannedSteps } from './planned-steps.js';
import { followUp, lifecycleOf, reviewed, rplCheck, rplErrors } from './steps.js';

export { DELETING_MS, PROVISIONING_MS } from './steps.js';

export type LifecycleResult = { customer: StoredCustomer } | { error: WholesaleError };

export interface Lifecycle {
  /**
   * A new customer: the RPL check (DOMAIN §3.2) decides between provisioning and review. `customer`
   * must be a new record nobody holds yet: it is completed in place and stored.
   */
  create(customer: StoredCustomer): StoredCustomer;
  /** A billing-address change re-runs the RPL check (DOMAIN §3.2). */
  addressUpdated(customer: StoredCustomer): LifecycleResult;
  /** A change without an RPL re-run (packages): `updating`, then `provisioned`. */
  update(customer: StoredCustomer): LifecycleResult;
  remove(customer: StoredCustomer): LifecycleResult;
  /** A reviewer's decision (the mock control API). */
  decide(customer: StoredCustomer, outcome: RplReviewOutcome): LifecycleResult;
  /** Schedules every timed step stored in the data (after loading a state file). */
  resume(): void;
  /** Forgets every scheduled transition (on reset). */
  cancelAll(): void;
}

/**
 * The wholesale customer lifecycle, driven by the virtual clock: the transitions are the domain's
 * (`createCustomer`, `applyCustomerEvent`, `advance`); the next timed step is stored on the
 * customer as data (`steps.ts`), so a state file keeps it and a later change supersedes it.
 */
export function createLifecycle(store: Store, clock: Clock): Lifecycle {
  const planned = createPlannedSteps(store, clock, runStep);
  const schedule = planned.schedule;

  /** Stores the domain's new state of `customer`, with what comes next. */
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

  /** Stores a saved customer: its index entries, its org when provisioning starts, its next step. */
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

  function runStep(customer: StoredCustomer, step: ScheduledStep['step'], plannedAt: number): void {
    const now = clock.now();
    switch (step) {
      case 'provisioned':
        apply(customer, {
          type: customer.status === 'updating' ? 'updateCompleted' : 'provisioningCompleted',
          outcome: 'succeeded',
          now,
        });
        return;
      case 'rpl_approved':
      case 'rpl_denied':
        // Decided at its planned instant: after a jump of the clock past the 72-hour deadline, a
        // review the list settled in its first hour is not refused as late (it stayed pending forever).
        decide(customer, step === 'rpl_approved' ? 'approved' : 'denied', Math.min(plannedAt, now));
        return;
      case 'rpl_timeout':
        save(customer, advance(lifecycleOf(customer), now), {
          rplReview: reviewed(customer, 'timed_out', clock.now()),
          errors: rplErrors('timed_out'),
        });
        return;
      case 'deleted':
        store.deleteCustomer(customer.id);
    }
  }

  function decide(customer: StoredCustomer, outcome: RplReviewOutcome, at = clock.now()): LifecycleResult {
    const patch: Partial<StoredCustomer> = { rplReview: reviewed(customer, outcome, at) };
    if (outcome === 'denied') patch.errors = rplErrors('denied');
    return apply(customer, { type: 'rplReviewDecided', outcome, now: at }, patch);
  }

  store.directory.setDeferredBuilder((customer) =>
    ensureCustomerOrg(store, customer, customer.lastStatusChange),
  );

  return {
    create(customer) {
      // A new record no one else holds yet (the handler built it): completed in place, not copied.
      // Its creation is the instant of the check, of its status and of the next step's countdown.
      const now = customer.createdAt;
      const check = rplCheck(customer, 'created', now);
      const next = createCustomer(check.listed ? 'listed' : 'clear', now);
      customer.rplReview = check.rplReview;
      if (next.status !== customer.status) {
        customer.status = next.status;
        customer.lastStatusChange = now;
      }
      const scheduled = followUp(customer, next, now);
      if (scheduled) customer.scheduled = scheduled;
      return stored(customer, next, now);
    },
    addressUpdated(customer) {
      const check = rplCheck(customer, 'address_updated', clock.now());
      return apply(
        { ...customer, rplReview: check.rplReview },
        { type: 'billingAddressUpdated', rpl: check.listed ? 'listed' : 'clear', now: clock.now() },
        { errors: undefined },
      );
    },
    update(customer) {
      if (customer.status !== 'provisioned' && customer.status !== 'provisioned_with_errors') {
        return {
          error: {
            code: 'invalid_transition',
            message: `A ${customer.status} customer cannot be updated now.`,
          },
        };
      }
      const next: CustomerLifecycle = { ...lifecycleOf(customer), status: 'updating' };
      return { customer: save(customer, next, {}, followUp(customer, next, clock.now())) };
    },
    remove(customer) {
      if (customer.status === 'deleting') return { customer };
      return apply(customer, { type: 'deletionRequested', now: clock.now() });
    },
    decide,
    resume: planned.resume,
    cancelAll: planned.cancelAll,
  };
}
