import { describe, expect, it } from 'vitest';
import { SCENARIOS, scaleSeed } from './scenarios.js';
import { Store } from './store.js';

describe('Store (default scenario)', () => {
  it('seeds a customer in every wholesale status', () => {
    const store = new Store(SCENARIOS.default);
    const statuses = new Set([...store.customers.values()].map((c) => c.status));
    expect([...statuses].sort()).toEqual([
      'error',
      'pending_rpl_review',
      'provisioned',
      'provisioned_with_errors',
      'provisioning',
    ]);
  });

  it('filters by status, externalId and pages with offset/max', () => {
    const store = new Store(SCENARIOS.default);
    expect(
      store.listCustomers({ status: ['error', 'provisioning'], offset: 0, max: 10 }).map((c) => c.status),
    ).toEqual(['error', 'provisioning']);
    expect(store.listCustomers({ externalId: 'ext-2', offset: 0, max: 10 }).map((c) => c.externalId)).toEqual(
      ['ext-2'],
    );
    const all = store.listCustomers({ offset: 0, max: 100 });
    expect(store.listCustomers({ offset: 2, max: 2 })).toEqual(all.slice(2, 4));
  });

  it('keeps indexes right on update, delete and reset', () => {
    const store = new Store(SCENARIOS.default);
    const before = store.snapshot();
    const customer = store.customerByExternal('ext-1');
    if (!customer) throw new Error('seed changed');
    store.putCustomer({ ...customer, status: 'error', externalId: 'ext-1b' });
    expect(store.customerByExternal('ext-1')).toBeUndefined();
    expect(store.listCustomers({ status: ['error'], offset: 0, max: 10 }).map((c) => c.externalId)).toContain(
      'ext-1b',
    );
    expect(store.packageUsage(customer.id, 'webex_calling')).toBe(1);
    store.deleteCustomer(customer.id);
    expect(store.listSubscribers({ customerId: customer.id, offset: 0, max: 10 })).toEqual([]);
    expect(store.packageUsage(customer.id, 'webex_calling')).toBe(0);
    store.reset();
    expect(store.snapshot()).toBe(before);
  });

  it('finds subscribers by email case-insensitively', () => {
    const store = new Store(SCENARIOS.default);
    const first = [...store.subscribers.values()][0];
    expect(store.subscriberByEmailAddress(first?.email.toUpperCase() ?? '')).toEqual(first);
  });
});

describe('Store (scale scenario)', () => {
  // How fast it answers is `pnpm bench`'s job (its "Scale of the mock" section), never a timed
  // assertion here. Building 200,000 records takes ~2 s alone and far longer on a loaded CI runner.
  it('holds 10,000 customers and 100,000 subscribers and answers filtered pages from its indexes', () => {
    const store = new Store(scaleSeed());
    expect(store.customers.size).toBe(10_007);
    expect(store.subscribers.size).toBe(100_010);
    expect(store.directory.users.size).toBeGreaterThan(100_000);
    const errors = [...store.customers.values()].filter((c) => c.status === 'error');
    const page = store.listCustomers({ status: ['error'], offset: 100, max: 50 });
    expect(page.map((c) => c.id)).toEqual(errors.slice(100, 150).map((c) => c.id));
    expect(store.listCustomers({ status: ['error'], offset: 0, max: 10_000 })).toHaveLength(errors.length);
    const id = [...store.customers.keys()].at(-1) as string; // a scale customer, with its 10 subscribers
    const theirs = [...store.subscribers.values()].filter((s) => s.customerId === id);
    expect(theirs.length).toBeGreaterThan(0);
    expect(store.listSubscribers({ customerId: id, offset: 0, max: 10 }).map((s) => s.id)).toEqual(
      theirs.slice(0, 10).map((s) => s.id),
    );
  }, 180_000);

  it('is deterministic', () => {
    expect(JSON.stringify(scaleSeed(20, 2)())).toBe(JSON.stringify(scaleSeed(20, 2)()));
  });
});
