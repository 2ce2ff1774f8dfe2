import { type CustomerLifecycle, createCustomer, type RplReviewOutcome } from '@onramp/domain';
import type { Clock } from '../../core/clock.js';
import type { Store } from '../../store/store.js';
import type { StoredCustomer } from '../../store/types.js';
import { ensureCustomerOrg } from './customer-org.js';
import { createPlannedSteps } from './planned-steps.js';
import { runPlannedStep } from './run-step.js';
import { followUp, lifecycleOf, rplCheck } from './steps.js';
import { createTransitions, type LifecycleResult, type Transitions } from './transitions.js';

export { DELETING_MS, PROVISIONING_MS } from './steps.js';
export type { LifecycleResult } from './transitions.js';

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
  // The planned steps run transitions, and a transition plans the next step: `moves` is bound
  // before the clock can run any step.
  const planned = createPlannedSteps(store, clock, (customer, step, plannedAt) =>
    runPlannedStep(store, clock, moves, customer, step, plannedAt),
  );
  const moves = createTransitions(store, clock, planned.schedule);

  store.directory.setDeferredBuilder((customer) =>
    ensureCustomerOrg(store, customer, customer.lastStatusChange),
  );

  return {
    create: (customer) => createChecked(moves, customer),
    addressUpdated: (customer) => recheckAddress(moves, clock, customer),
    update: (customer) => startUpdate(moves, clock, customer),
    remove: (customer) =>
      customer.status === 'deleting'
        ? { customer }
        : moves.apply(customer, { type: 'deletionRequested', now: clock.now() }),
    decide: (customer, outcome) => moves.decide(customer, outcome),
    resume: planned.resume,
    cancelAll: planned.cancelAll,
  };
}

/**
 * A new record no one else holds yet (the handler built it): completed in place, not copied. Its
 * creation is the instant of the check, of its status and of the next step's countdown.
 */
function createChecked(moves: Transitions, customer: StoredCustomer): StoredCustomer {
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
  return moves.stored(customer, next, now);
}

/** A billing-address change: the RPL check again, which may send the customer to review. */
function recheckAddress(moves: Transitions, clock: Clock, customer: StoredCustomer): LifecycleResult {
  const check = rplCheck(customer, 'address_updated', clock.now());
  return moves.apply(
    { ...customer, rplReview: check.rplReview },
    { type: 'billingAddressUpdated', rpl: check.listed ? 'listed' : 'clear', now: clock.now() },
    { errors: undefined },
  );
}

/** A change without an RPL re-run: only a provisioned customer is updated. */
function startUpdate(moves: Transitions, clock: Clock, customer: StoredCustomer): LifecycleResult {
  if (customer.status !== 'provisioned' && customer.status !== 'provisioned_with_errors') {
    return {
      error: { code: 'invalid_transition', message: `A ${customer.status} customer cannot be updated now.` },
    };
  }
  const next: CustomerLifecycle = { ...lifecycleOf(customer), status: 'updating' };
  return { customer: moves.save(customer, next, {}, followUp(customer, next, clock.now())) };
}
