import { expect, it } from 'vitest';
import type { MockApp } from '../src/app/app.js';
import { newCustomer } from './customers.js';
import type { createClient } from './http-client.js';

type Call = ReturnType<typeof createClient>;

const MINUTE = 60_000;

/** The wholesale behaviour, run once over real HTTP and once through MSW. */
export function wholesaleSuite(context: () => { call: Call; app: MockApp }) {
  it('lists, filters and pages customers', async () => {
    const { call } = context();
    const all = await call('GET', '/wholesale/customers');
    expect(all.status).toBe(200);
    expect(all.json.items.length).toBeGreaterThanOrEqual(7);
    const errors = await call('GET', '/wholesale/customers', {
      path: '/wholesale/customers?status=error&status=pending_rpl_review',
    });
    expect(errors.json.items.map((c: { status: string }) => c.status).sort()).toEqual([
      'error',
      'pending_rpl_review',
    ]);
    const paged = await call('GET', '/wholesale/customers', { path: '/wholesale/customers?offset=1&max=2' });
    expect(paged.json.items).toEqual(all.json.items.slice(1, 3));
    const read = await call('GET', '/wholesale/customers', { token: 'partner-read-only-admin' });
    expect(read.status).toBe(200);
  });

  it('creates a customer (202 + Location), provisions it over virtual minutes, gets, updates and deletes it', async () => {
    const { call, app } = context();
    const created = await call('POST', '/wholesale/customers', { body: newCustomer('a') });
    expect(created.status).toBe(202);
    const location = created.headers.get('location') as string;
    expect(location).toMatch(/\/v1\/wholesale\/customers\/.+/);
    expect(created.json.url).toBe(location);
    const id = location.split('/').pop() as string;
    const path = `/wholesale/customers/${id}`;
    let got = await call('GET', '/wholesale/customers/{customerId}', { path });
    expect(got.json).toMatchObject({
      status: 'provisioning',
      rplReview: { result: 'clear', trigger: 'created' },
      defaultCallInNumber: { countryCode: '+1', source: 'org_country' },
    });
    app.clock.advance(5 * MINUTE);
    got = await call('GET', '/wholesale/customers/{customerId}', {
      path: `${path}?includePackageLicenseInfo=true`,
    });
    expect(got.json.status).toBe('provisioned');
    expect(got.json.resourceDetails.packages[0].licenseIds).toHaveLength(1);

    const updated = await call('PUT', '/wholesale/customers/{customerId}', {
      path,
      body: { packages: ['webex_calling'] },
    });
    expect(updated.status).toBe(202);
    expect((await call('GET', '/wholesale/customers/{customerId}', { path })).json.status).toBe('updating');
    app.clock.advance(5 * MINUTE);
    expect((await call('GET', '/wholesale/customers/{customerId}', { path })).json.status).toBe(
      'provisioned',
    );

    const removed = await call('DELETE', '/wholesale/customers/{customerId}', { path });
    expect(removed.status).toBe(202);
    expect((await call('GET', '/wholesale/customers/{customerId}', { path })).json.status).toBe('deleting');
    app.clock.advance(5 * MINUTE);
    expect((await call('GET', '/wholesale/customers/{customerId}', { path })).status).toBe(404);
  });

  it('prechecks customers and subscribers', async () => {
    const { call } = context();
    const ok = await call('POST', '/wholesale/customers/validate', {
      body: { address: newCustomer('p').address, customerInfo: { primaryEmail: 'a@b.example.com' } },
    });
    expect(ok.json).toMatchObject({ message: 'success', info: [{ infoCode: 100 }] });
    const taken = await call('POST', '/wholesale/customers/validate', {
      body: { externalId: 'ext-1', address: newCustomer('p').address },
    });
    expect(taken.status).toBe(409);
    // An external ID is required and unique: an empty one is refused as missing, never as taken.
    for (const [path, body] of [
      ['/wholesale/customers/validate', { externalId: '', address: newCustomer('p').address }],
      ['/wholesale/customers', newCustomer('empty-ext', { externalId: '' })],
    ] as const) {
      const empty = await call('POST', path, { body });
      expect(empty.status).toBe(400);
      expect(empty.json.errors[0]).toMatchObject({ field: 'externalId', reason: 'required' });
    }
    const sub = await call('POST', '/wholesale/subscribers/validate', {
      body: { email: 'fresh@x.example.com' },
    });
    expect(sub.status).toBe(200);
  });

  it('runs subscribers: create with one package, quantity limit 409, get, update, list, delete', async () => {
    const { call } = context();
    const tiny = (
      await call('GET', '/wholesale/customers', { path: '/wholesale/customers?externalId=ext-7' })
    ).json.items[0];
    const create = (email: string) =>
      call('POST', '/wholesale/subscribers', {
        body: {
          customerId: tiny.id,
          email,
          packages: ['webex_calling'],
          provisioningParameters: { firstName: 'A' },
        },
      });
    const first = await create('one@tiny.example.com');
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      packages: ['webex_calling'],
      status: 'provisioned',
      customerId: tiny.id,
    });
    const full = await create('two@tiny.example.com');
    expect(full.status).toBe(409);
    expect(full.json.errors[0].reason).toBe('package_quantity_exhausted');
    const duplicate = await create('one@tiny.example.com');
    expect(duplicate.json.errors[0].reason).toBe('subscriber_exists');
    const both = await call('POST', '/wholesale/subscribers', {
      body: {
        customerId: tiny.id,
        email: 'x@tiny.example.com',
        package: 'webex_calling',
        packages: ['webex_calling'],
        provisioningParameters: {},
      },
    });
    expect(both.status).toBe(400);

    const path = `/wholesale/subscribers/${first.json.id}`;
    expect((await call('GET', '/wholesale/subscribers/{subscriberId}', { path })).json.email).toBe(
      'one@tiny.example.com',
    );
    const notOrdered = await call('PUT', '/wholesale/subscribers/{subscriberId}', {
      path,
      body: { packages: ['webex_suite'] },
    });
    expect(notOrdered.json.errors[0].reason).toBe('package_not_ordered');
    const same = await call('PUT', '/wholesale/subscribers/{subscriberId}', {
      path,
      body: { package: 'webex_calling' },
    });
    expect(same.status).toBe(200);
    const listed = await call('GET', '/wholesale/subscribers', {
      path: `/wholesale/subscribers?customerId=${encodeURIComponent(tiny.id)}`,
    });
    expect(listed.json.items).toHaveLength(2);
    expect((await call('DELETE', '/wholesale/subscribers/{subscriberId}', { path })).status).toBe(204);
    expect((await call('GET', '/wholesale/subscribers/{subscriberId}', { path })).status).toBe(404);
    expect((await create('two@tiny.example.com')).status).toBe(200);
  });

  it('lists sub-partners', async () => {
    const { call } = context();
    const all = await call('GET', '/wholesale/subPartners', {
      path: '/wholesale/subPartners?provisioningState=active',
    });
    expect(all.json.items).toHaveLength(1);
  });

  it('answers 401 without or with an unknown token, 403 to read-only and customer admins on changes', async () => {
    const { call, app } = context();
    const before = app.store.snapshot();
    expect((await call('GET', '/wholesale/customers', { token: null })).status).toBe(401);
    expect((await call('GET', '/wholesale/customers', { token: 'who-knows' })).status).toBe(401);
    const readOnly = await call('POST', '/wholesale/customers', {
      token: 'partner-read-only-admin',
      body: newCustomer('ro'),
    });
    expect(readOnly.status).toBe(403);
    expect(readOnly.json.errors[0].reason).toBe('read_only');
    const customer = await call('GET', '/wholesale/customers', { token: 'customer-full-admin' });
    expect(customer.json.errors[0].reason).toBe('partner_only');
    // The refused calls changed nothing; the provisioning admin's create below is allowed.
    expect(app.store.snapshot()).toBe(before);
    const provisioning = await call('POST', '/wholesale/customers', {
      token: 'partner-provisioning-admin',
      body: newCustomer('pa'),
    });
    expect(provisioning.status).toBe(202);
  });

  it('replays an idempotent create: one customer; another body with the same key is 409', async () => {
    const { call, app } = context();
    const headers = { 'idempotency-key': 'key-1' };
    const first = await call('POST', '/wholesale/customers', { body: newCustomer('idem'), headers });
    const again = await call('POST', '/wholesale/customers', { body: newCustomer('idem'), headers });
    expect(again.status).toBe(202);
    expect(again.json).toEqual(first.json);
    expect(app.store.listCustomers({ externalId: 'ext-new-idem', offset: 0, max: 10 })).toHaveLength(1);
    const reused = await call('POST', '/wholesale/customers', { body: newCustomer('other'), headers });
    expect(reused.status).toBe(409);
    expect(reused.json.errors[0].reason).toBe('idempotency_key_reused');
  });

  it('RPL: a listed customer waits in pending_rpl_review, then provisions on approval', async () => {
    const { call, app } = context();
    const created = await call('POST', '/wholesale/customers', {
      body: newCustomer('rpl', {
        customerInfo: { name: 'Acme rpl-listed', primaryEmail: 'a@acme.example.com' },
      }),
    });
    const path = new URL(created.headers.get('location') as string).pathname.replace(/^\/v1/, '');
    let got = await call('GET', '/wholesale/customers/{customerId}', { path });
    expect(got.json).toMatchObject({
      status: 'pending_rpl_review',
      rplReview: { result: 'listed', reviewStatus: 'pending' },
    });
    // The simulated reviewer decides within 15–60 minutes; a jump past it stamps the decision at
    // its own instant, and provisioning (3 minutes) counts from there (decisions/0024).
    const reviewAt = app.store.customerByExternal('ext-new-rpl')?.scheduled?.at as number;
    const checkedAt = Date.parse(got.json.rplReview.checkedAt);
    expect(reviewAt - checkedAt).toBeGreaterThanOrEqual(15 * MINUTE);
    expect(reviewAt - checkedAt).toBeLessThanOrEqual(60 * MINUTE);
    app.clock.advance(reviewAt - checkedAt + MINUTE);
    got = await call('GET', '/wholesale/customers/{customerId}', { path });
    expect(got.json).toMatchObject({
      status: 'provisioning',
      rplReview: { reviewStatus: 'approved', reviewedAt: new Date(reviewAt).toISOString() },
      lastStatusChange: new Date(reviewAt).toISOString(),
    });
  });

  it('RPL: an unresolved review times out to error after 72 h; an address update re-runs the check', async () => {
    const { call, app } = context();
    const created = await call('POST', '/wholesale/customers', {
      body: newCustomer('rplt', {
        customerInfo: { name: 'rpl-timeout Co', primaryEmail: 'a@t.example.com' },
      }),
    });
    const path = new URL(created.headers.get('location') as string).pathname.replace(/^\/v1/, '');
    app.clock.advance(71 * 60 * MINUTE);
    expect((await call('GET', '/wholesale/customers/{customerId}', { path })).json.status).toBe(
      'pending_rpl_review',
    );
    // "Over 72 hours" (the domain): exactly at the deadline a decision still counts.
    app.clock.advance(61 * MINUTE);
    const got = await call('GET', '/wholesale/customers/{customerId}', { path });
    expect(got.json).toMatchObject({ status: 'error', rplReview: { reviewStatus: 'timed_out' } });

    const clear = await call('POST', '/wholesale/customers', { body: newCustomer('addr') });
    const clearPath = new URL(clear.headers.get('location') as string).pathname.replace(/^\/v1/, '');
    app.clock.advance(5 * MINUTE);
    await call('PUT', '/wholesale/customers/{customerId}', {
      path: clearPath,
      body: {
        packages: ['webex_calling'],
        address: { addressLine1: '9 rpl-listed Way', city: 'Bonn', zipOrPostalCode: '53111', country: 'DE' },
      },
    });
    const moved = await call('GET', '/wholesale/customers/{customerId}', { path: clearPath });
    expect(moved.json).toMatchObject({
      status: 'pending_rpl_review',
      rplReview: { trigger: 'address_updated' },
      // The org country stays the one given at creation, and so does its call-in number.
      defaultCallInNumber: { countryCode: '+1', country: 'US' },
    });
  });
}
