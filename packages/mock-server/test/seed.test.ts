import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { type RunningMockServer, startMockServer } from '../src/node/server.js';
import { scaleSeed } from '../src/store/scenarios.js';
import { createClient } from './http-client.js';

// A clock start far from the seed's old fixed date (2025-01-01): the dates must follow it.
const START = Date.UTC(2026, 11, 3, 17, 0, 0);
const YEAR = 365 * 86_400_000;

interface CustomerView {
  id: string;
  orgId: string;
  status: string;
  createdAt: string;
  lastStatusChange: string;
  customerInfo?: { name: string; primaryEmail: string };
  rplReview?: { checkedAt: string; reviewDeadline?: string };
}

/** What the subscription panel's timeline shows, in order: each date no earlier than the one before. */
function expectPlausibleTimeline(customer: CustomerView, now: number): void {
  const created = Date.parse(customer.createdAt);
  const checked = customer.rplReview ? Date.parse(customer.rplReview.checkedAt) : created;
  const changed = Date.parse(customer.lastStatusChange);
  const label = `${customer.customerInfo?.name} (${customer.status})`;
  expect(created, `${label}: created within the year before the clock's start`).toBeGreaterThan(now - YEAR);
  expect(checked, `${label}: RPL check not before creation`).toBeGreaterThanOrEqual(created);
  expect(changed, `${label}: last status change not before the RPL check`).toBeGreaterThanOrEqual(checked);
  expect(changed, `${label}: nothing happened after the clock's start`).toBeLessThanOrEqual(now);
  if (customer.rplReview?.reviewDeadline)
    expect(Date.parse(customer.rplReview.reviewDeadline), `${label}: review still open`).toBeGreaterThan(now);
}

describe('the default seed over real HTTP, loaded at a 2026 clock start', () => {
  let running: RunningMockServer;
  let app: MockApp;
  let call: ReturnType<typeof createClient>;
  let customers: CustomerView[];

  beforeAll(async () => {
    app = createMockApp({ clock: createManualClock(START) });
    running = await startMockServer({ app, port: 0 });
    call = createClient(running.url);
    customers = (await call('GET', '/wholesale/customers', { path: '/wholesale/customers?max=100' })).json
      .items;
  });
  afterAll(() => running.close());

  it('gives every customer past the start of provisioning its customer org, and none to a listed one', async () => {
    expect(customers.map((customer) => customer.status).sort()).toEqual([
      'error',
      'pending_rpl_review',
      'provisioned',
      'provisioned',
      'provisioned',
      'provisioned_with_errors',
      'provisioning',
    ]);
    for (const customer of customers) {
      // The wire shows `orgId` only once provisioned (decisions/0031): the store knows it before.
      const orgId = app.store.customers.get(customer.id)?.orgId;
      expect(customer.orgId, `${customer.customerInfo?.name}: orgId shown only once provisioned`).toBe(
        ['provisioning', 'pending_rpl_review', 'error'].includes(customer.status) ? undefined : orgId,
      );
      const org = await call('GET', '/organizations/{orgId}', { path: `/organizations/${orgId}` });
      if (customer.status === 'pending_rpl_review') {
        expect(org.status, `${customer.customerInfo?.name} is still in review: no org yet`).toBe(404);
        continue;
      }
      expect(org.status, `${customer.customerInfo?.name} has its org`).toBe(200);
    }
  });

  it("builds the orgs the designed world lacked as a new customer's: name, country, first admin", async () => {
    const harbour = customers.find((c) => c.customerInfo?.name === 'Harbour Freight Ltd') as CustomerView;
    const tiny = customers.find((c) => c.customerInfo?.name === 'Tiny Shop') as CustomerView;
    for (const [customer, country] of [
      [harbour, 'GB'],
      [tiny, 'US'],
    ] as const) {
      const org = await call('GET', '/organizations/{orgId}', { path: `/organizations/${customer.orgId}` });
      expect(org.json).toMatchObject({ id: customer.orgId, name: customer.customerInfo?.name, country });
      const admins = await call('GET', '/organizations/{orgId}/users', {
        path: `/organizations/${customer.orgId}/users?filter=administrators`,
      });
      expect(admins.status).toBe(200);
      expect(admins.json.items.map((user: { email: string }) => user.email)).toEqual([
        customer.customerInfo?.primaryEmail,
      ]);
    }
  });

  it('dates every customer relative to the clock, so each timeline reads in order', () => {
    for (const customer of customers) expectPlausibleTimeline(customer, START);
  });
});

describe('the scale seed', () => {
  it('dates its customers relative to the clock too', () => {
    const data = scaleSeed(70, 1, 1)(START);
    for (const customer of data.customers)
      expectPlausibleTimeline(
        {
          id: customer.id,
          orgId: customer.orgId,
          status: customer.status,
          createdAt: new Date(customer.createdAt).toISOString(),
          lastStatusChange: new Date(customer.lastStatusChange).toISOString(),
          ...(customer.customerInfo ? { customerInfo: customer.customerInfo } : {}),
          ...(customer.rplReview ? { rplReview: customer.rplReview } : {}),
        },
        START,
      );
    for (const subscriber of data.subscribers) expect(subscriber.created).toBeLessThanOrEqual(START);
  });
});
