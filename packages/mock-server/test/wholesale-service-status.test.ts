import { describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { US_ADDRESS } from './customers.js';

// A wholesale customer's services follow its lifecycle (issue 21): the service status page does not
// say "Operational" while the customer is still provisioning.

function send(app: MockApp, method: string, path: string, body?: unknown) {
  return app.handle({
    method,
    path,
    query: new URLSearchParams(),
    headers: {
      authorization: 'Bearer partner-full-admin',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { rawBody: JSON.stringify(body) }),
  });
}

describe('the service status of a wholesale customer', () => {
  it('is provisioning while the customer provisions, operational once provisioned', async () => {
    const app = createMockApp({ clock: createManualClock(Date.UTC(2026, 11, 3, 12)) });
    const created = await send(app, 'POST', '/wholesale/customers', {
      provisioningId: 'prov-status',
      packages: ['webex_calling', 'webex_meetings'],
      externalId: 'ext-status',
      address: US_ADDRESS,
      customerInfo: { name: 'Status Follows Lifecycle', primaryEmail: 'owner@status.example.com' },
    });
    expect(created.status).toBe(202);
    const customerId = (created.headers.location ?? '').split('/').pop() as string;
    const customer = await send(app, 'GET', `/wholesale/customers/${customerId}`);
    const { orgId: shown, status } = customer.body as { orgId?: string; status: string };
    expect(status).toBe('provisioning');
    // The wire shows the org id only once provisioned (decisions/0031); the store always knows it.
    expect(shown).toBeUndefined();
    const orgId = app.store.customers.get(customerId)?.orgId as string;
    expect(orgId).toEqual(expect.any(String));
    const states = async () => {
      const answer = await send(app, 'GET', `/organizations/${orgId}/serviceStatus`);
      expect(answer.status).toBe(200);
      const { services } = answer.body as { services: { service: string; status: string }[] };
      return Object.fromEntries(services.map((entry) => [entry.service, entry.status]));
    };
    const during = await states();
    expect(Object.values(during)).not.toContain('operational');
    expect(during.calling).toBe('provisioning');

    app.clock.advance(60 * 60_000);
    const after = await send(app, 'GET', `/wholesale/customers/${customerId}`);
    expect(after.body as { status: string; orgId?: string }).toMatchObject({ status: 'provisioned', orgId });
    expect((await states()).calling).toBe('operational');
  });
});
