import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdminRole,
  advance,
  applyCustomerEvent,
  assignPackage,
  type CustomerEvent,
  type CustomerLifecycle,
  createCustomer,
  type PackageAllocation,
  type WholesalePackage,
} from '../../src/index.js';
import { WHOLESALE_PACKAGES } from '../../src/vocabulary.js';
import { packageUsage, releasePackage } from '../../src/wholesale/package-allocation.js';

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2025, 0, 1);

/** An event, `gap` ms after the previous one. */
const eventArb = fc
  .tuple(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .constantFrom('approved', 'denied')
          .map((outcome) => ({ type: 'rplReviewDecided', outcome }) as const),
      },
      {
        weight: 4,
        arbitrary: fc
          .constantFrom('succeeded', 'succeeded_with_errors', 'failed')
          .map((outcome) => ({ type: 'provisioningCompleted', outcome }) as const),
      },
      {
        weight: 4,
        arbitrary: fc
          .constantFrom('clear', 'listed')
          .map((rpl) => ({ type: 'billingAddressUpdated', rpl }) as const),
      },
      {
        weight: 4,
        arbitrary: fc
          .constantFrom('succeeded', 'succeeded_with_errors', 'failed')
          .map((outcome) => ({ type: 'updateCompleted', outcome }) as const),
      },
      // Deletion ends a history: rarer, so that histories get somewhere first.
      { weight: 1, arbitrary: fc.constant({ type: 'deletionRequested' } as const) },
    ),
    fc.oneof(fc.integer({ min: 0, max: 2 * HOUR }), fc.integer({ min: 0, max: 100 * HOUR })),
  )
  .map(([event, gap]) => ({ event, gap }));

const historyArb = fc.record({
  first: fc.constantFrom('clear', 'listed'),
  events: fc.array(eventArb, { maxLength: 25 }),
});

const ONBOARDED = ['provisioning', 'provisioned', 'provisioned_with_errors', 'updating'];

describe('wholesale customer lifecycle invariants (DOMAIN §3.2)', () => {
  it('a customer found on the RPL list never gets provisioned without an approval', () => {
    fc.assert(
      fc.property(historyArb, ({ first, events }) => {
        let now = T0;
        let customer: CustomerLifecycle = createCustomer(first, now);
        let awaitingApproval = first === 'listed';
        for (const { event, gap } of events) {
          now += gap;
          const result = applyCustomerEvent(customer, { ...event, now } as CustomerEvent);
          if ('error' in result) continue;
          customer = result.customer;
          if (event.type === 'billingAddressUpdated') awaitingApproval = event.rpl === 'listed';
          if (event.type === 'rplReviewDecided' && event.outcome === 'approved') awaitingApproval = false;
          if (awaitingApproval) expect(ONBOARDED).not.toContain(customer.status);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a pending review undecided for more than 72 hours is an error', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 1, max: 1000 * HOUR }), ({ first, events }, overdue) => {
        let now = T0;
        let customer: CustomerLifecycle = createCustomer(first, now);
        for (const { event, gap } of events) {
          now += gap;
          const result = applyCustomerEvent(customer, { ...event, now } as CustomerEvent);
          if (!('error' in result)) customer = result.customer;
        }
        if (customer.status !== 'pending_rpl_review') return;
        const late = customer.rpl.checkedAt + 72 * HOUR + overdue;
        expect(advance(customer, late).status).toBe('error');
        expect(advance(customer, customer.rpl.checkedAt + 72 * HOUR).status).toBe('pending_rpl_review');
      }),
      { numRuns: 1000 },
    );
  });
});

const BASES = WHOLESALE_PACKAGES.filter(
  (name) => !['cisco_calling_plan', 'attendant_console'].includes(name),
);

describe('package allocation invariants (DOMAIN §3, §3.1)', () => {
  it('assignments never exceed the ordered quantities, and every user holds one package', () => {
    const quantitiesArb = fc.dictionary(
      fc.constantFrom(...WHOLESALE_PACKAGES),
      fc.integer({ min: 0, max: 4 }),
    );
    const operationArb = fc.oneof(
      fc.record({
        userId: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', 'u6'),
        adminRole: fc.constantFrom<AdminRole | null>(null, null, 'full_admin', 'read_only_admin'),
        name: fc.constantFrom(...WHOLESALE_PACKAGES),
      }),
      fc.record({ release: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', 'u6') }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        quantitiesArb,
        fc.array(operationArb, { maxLength: 40 }),
        (adminPackage, quantities, operations) => {
          let allocation: PackageAllocation = { adminPackage, quantities, assignments: {} };
          for (const operation of operations) {
            if ('release' in operation) {
              allocation = releasePackage(allocation, operation.release);
            } else {
              const result = assignPackage(allocation, operation, operation.name);
              if ('error' in result) continue;
              allocation = result.allocation;
              expect(allocation.assignments[operation.userId]).toBe(operation.name);
            }
            for (const name of WHOLESALE_PACKAGES as readonly WholesalePackage[]) {
              expect(packageUsage(allocation, name)).toBeLessThanOrEqual(quantities[name] ?? 0);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
