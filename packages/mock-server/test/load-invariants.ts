import {
  applyCustomerEvent,
  CUSTOMER_STATUSES,
  CUSTOMER_TRANSITIONS,
  type CustomerEvent,
  type CustomerLifecycle,
  type CustomerStatus,
  isExclusiveRole,
} from '@onramp/domain';
import type { MockState } from '../src/app/app.js';

/**
 * The domain invariants the load test checks on the store after the run, each returning the
 * violations it finds (empty when it holds), so a failure names every record at fault.
 */

/** Every status a customer in `from` can reach, by the domain's own transition table and events. */
export function reachableStatuses(): Map<CustomerStatus, Set<CustomerStatus>> {
  const next = new Map<CustomerStatus, Set<CustomerStatus>>();
  const now = 1_000_000;
  for (const status of CUSTOMER_STATUSES) {
    const lifecycle: CustomerLifecycle = {
      status,
      rpl:
        status === 'pending_rpl_review'
          ? { result: 'listed', checkedAt: now, review: 'pending' }
          : { result: 'clear', checkedAt: now, review: null },
    };
    const events: CustomerEvent[] = CUSTOMER_TRANSITIONS[status].flatMap((type): CustomerEvent[] => {
      if (type === 'rplReviewDecided')
        return (['approved', 'denied'] as const).map((outcome) => ({ type, outcome, now }));
      if (type === 'provisioningCompleted' || type === 'updateCompleted')
        return (['succeeded', 'succeeded_with_errors', 'failed'] as const).map((outcome) => ({
          type,
          outcome,
          now,
        }));
      if (type === 'billingAddressUpdated')
        return (['clear', 'listed'] as const).map((rpl) => ({ type, rpl, now }));
      return [{ type, now }];
    });
    const targets = new Set<CustomerStatus>([status]);
    for (const event of events) {
      const result = applyCustomerEvent(lifecycle, event);
      if ('customer' in result) targets.add(result.customer.status);
    }
    // An RPL review undecided for 72 hours times out to `error` (the domain's `advance`).
    if (status === 'pending_rpl_review') targets.add('error');
    next.set(status, targets);
  }
  // The transitive closure: an observer polling now and then may miss the steps in between.
  for (const targets of next.values())
    for (let grew = true; grew; ) {
      const size = targets.size;
      for (const target of [...targets]) for (const further of next.get(target) ?? []) targets.add(further);
      grew = targets.size > size;
    }
  return next;
}

/** Each customer's statuses, as one client saw them in order, follow the domain's transitions. */
export function illegalStatusSequences(observed: Map<string, CustomerStatus[]>): string[] {
  const reachable = reachableStatuses();
  const problems: string[] = [];
  for (const [id, statuses] of observed)
    for (let i = 1; i < statuses.length; i++) {
      const from = statuses[i - 1] as CustomerStatus;
      const to = statuses[i] as CustomerStatus;
      if (!reachable.get(from)?.has(to)) problems.push(`${id}: ${from} → ${to} (${statuses.join(' → ')})`);
    }
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    if (seen.has(value)) return true;
    seen.add(value);
    return false;
  });
}

/** Unique ids, one exclusive admin role per user and per grant, quantities never exceeded. */
export function storeInvariantViolations(state: MockState): string[] {
  const { customers, subscribers, users, grants, orgs } = state.data;
  const problems: string[] = [];
  for (const id of duplicates(customers.map((c) => c.id))) problems.push(`customer id ${id} twice`);
  for (const id of duplicates(customers.map((c) => c.externalId))) problems.push(`externalId ${id} twice`);
  for (const id of duplicates(subscribers.map((s) => s.id))) problems.push(`subscriber id ${id} twice`);
  for (const id of duplicates(users.map((u) => u.id))) problems.push(`user id ${id} twice`);
  for (const email of duplicates(users.map((u) => u.email.toLowerCase())))
    problems.push(`e-mail ${email} twice`);
  for (const key of duplicates(grants.map((g) => `${g.orgId}/${g.userId}`)))
    problems.push(`grant ${key} twice`);
  for (const user of users) {
    const exclusive = user.roles.filter(isExclusiveRole);
    if (exclusive.length > 1) problems.push(`${user.email} holds ${exclusive.join(' + ')}`);
  }
  for (const customer of customers) {
    if (!CUSTOMER_STATUSES.includes(customer.status)) problems.push(`${customer.id} is ${customer.status}`);
    for (const [name, limit] of Object.entries(customer.packageLimits)) {
      const used = subscribers.filter((s) => s.customerId === customer.id && s.package === name).length;
      if (used > (limit ?? 0)) problems.push(`${customer.externalId}: ${used} ${name} > limit ${limit}`);
    }
  }
  for (const org of orgs)
    for (const { license, quantity } of org.subscription?.licenses ?? []) {
      const held = users.filter((u) => u.orgId === org.id && u.license === license).length;
      if (held > quantity) problems.push(`${org.name}: ${held} ${license} > quantity ${quantity}`);
    }
  return problems;
}
