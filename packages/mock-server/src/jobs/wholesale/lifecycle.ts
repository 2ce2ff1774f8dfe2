import type { RplReview } from '@onramp/contract';
import {
  advance,
  applyCustomerEvent,
  type CustomerEvent,
  type CustomerLifecycle,
  createCustomer,
  RPL_REVIEW_LIMIT_MS,
  type RplReviewOutcome,
  rplDeadline,
  type WholesaleError,
} from '@onramp/domain';
import type { Clock } from '../../core/clock.js';
import type { Store } from '../../store/store.js';
import type { ScheduledStep, StoredCustomer } from '../../store/types.js';
import { ensureCustomerOrg, holdAdminPackage } from './customer-org.js';
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

function lifecycleOf(customer: StoredCustomer): CustomerLifecycle {
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

/**
 * The wholesale customer lifecycle, driven by the virtual clock: the transitions are the domain's
 * (`createCustomer`, `applyCustomerEvent`, `advance`); the next timed step is stored on the
 * customer as data, so a state file keeps it and a later change supersedes it.
 */
export function createLifecycle(store: Store, clock: Clock): Lifecycle {
  let epoch = 0;

  /**
   * Runs the step a customer record planned, if it is still the plan (a later change supersedes it)
   * and the world it was planned in is still there. One runner per world, shared by every task (the
   * record is the task's argument): no closure per customer.
   */
  const plannedRunner = (scheduledIn: number) => (saved: StoredCustomer) => {
    const planned = saved.scheduled;
    const current = store.customers.get(saved.id);
    if (scheduledIn !== epoch || !planned || !current?.scheduled) return;
    if (current.scheduled.at !== planned.at || current.scheduled.step !== planned.step) return;
    runStep(current, planned.step, planned.at);
  };
  let runPlanned = plannedRunner(epoch);

  function schedule(customer: StoredCustomer): void {
    if (customer.scheduled) clock.schedule(customer.scheduled.at, runPlanned, customer);
  }

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
    return { customer: save(customer, result.customer, patch, followUp(customer, result.customer)) };
  }

  /** The timed step a state leads to. */
  function followUp(
    customer: StoredCustomer,
    next: CustomerLifecycle,
    now = clock.now(),
  ): ScheduledStep | undefined {
    if (next.status === 'provisioning' || next.status === 'updating')
      return { at: now + PROVISIONING_MS, step: 'provisioned' };
    if (next.status === 'deleting') return { at: now + DELETING_MS, step: 'deleted' };
    if (next.status === 'pending_rpl_review') {
      // Seeded by the partner's own id, not the random Cisco id: the same customer is reviewed in the
      // same time on every run (two runs of the same requests leave the same world).
      const plan = rplReviewPlan(customer.customerInfo?.name, customer.address, customer.externalId);
      const step =
        plan.outcome === 'approved'
          ? 'rpl_approved'
          : plan.outcome === 'denied'
            ? 'rpl_denied'
            : 'rpl_timeout';
      return { at: now + plan.afterMs, step };
    }
    return undefined;
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
      case 'rpl_timeout': {
        const next = advance(lifecycleOf(customer), now);
        save(customer, next, {
          rplReview: reviewed(customer, 'timed_out'),
          errors: [
            {
              errorCode: 4030,
              description:
                'The restricted parties review was not resolved within 72 hours; onboarding does not continue.',
            },
          ],
        });
        return;
      }
      case 'deleted':
        store.deleteCustomer(customer.id);
    }
  }

  function reviewed(
    customer: StoredCustomer,
    status: NonNullable<RplReview['reviewStatus']>,
    at = clock.now(),
  ): RplReview {
    return {
      ...(customer.rplReview as RplReview),
      reviewStatus: status,
      reviewedAt: new Date(at).toISOString(),
    };
  }

  function decide(customer: StoredCustomer, outcome: RplReviewOutcome, at = clock.now()): LifecycleResult {
    const patch: Partial<StoredCustomer> = { rplReview: reviewed(customer, outcome, at) };
    if (outcome === 'denied')
      patch.errors = [
        {
          errorCode: 4030,
          description: 'The restricted parties review denied this customer; onboarding does not continue.',
        },
      ];
    return apply(customer, { type: 'rplReviewDecided', outcome, now: at }, patch);
  }

  function rplCheck(
    customer: StoredCustomer,
    trigger: 'created' | 'address_updated',
    now = clock.now(),
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
      const check = rplCheck(customer, 'address_updated');
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
      return { customer: save(customer, next, {}, followUp(customer, next)) };
    },
    remove(customer) {
      if (customer.status === 'deleting') return { customer };
      return apply(customer, { type: 'deletionRequested', now: clock.now() });
    },
    decide,
    resume() {
      for (const customer of store.customers.values()) schedule(customer);
    },
    cancelAll() {
      epoch++;
      runPlanned = plannedRunner(epoch);
    },
  };
}

export { RPL_REVIEW_LIMIT_MS };
