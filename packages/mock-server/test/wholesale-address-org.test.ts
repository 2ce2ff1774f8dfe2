import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { createManualClock } from '../src/core/clock.js';
import { type RunningMockServer, startMockServer } from '../src/node/server.js';
import { newCustomer, US_ADDRESS } from './customers.js';
import { createClient } from './http-client.js';

const MINUTE = 60_000;
// Every answer is validated against the contract by `createClient` (status documented, body schema).
describe('wholesale over real HTTP: per-country address rules, address updates, orgs of new customers', () => {
  let running: RunningMockServer;
  let app: MockApp;
  let call: ReturnType<typeof createClient>;
  let control: string;

  beforeAll(async () => {
    app = createMockApp({ clock: createManualClock() });
    running = await startMockServer({ app, port: 0 });
    call = createClient(running.url);
    control = running.url.replace(/\/v1$/, '/_mock');
  });
  afterAll(() => running.close());
  beforeEach(() => app.reset());

  const idOf = (answer: { headers: Headers }) =>
    (answer.headers.get('location') ?? '').split('/').pop() as string;
  const getCustomer = (id: string) =>
    call('GET', '/wholesale/customers/{customerId}', { path: `/wholesale/customers/${id}` });
  const fields = (answer: { json: { errors: { field: string; reason: string }[] } }) =>
    answer.json.errors.map((error) => `${error.field}:${error.reason}`);

  it.each<[string, Record<string, string>, string[]]>([
    [
      'US with a state name instead of its code',
      { ...US_ADDRESS, stateOrProvince: 'Texas' },
      ['address.stateOrProvince:invalid_enum'],
    ],
    [
      'CA with a US state',
      {
        addressLine1: '1 Rue',
        city: 'Ottawa',
        stateOrProvince: 'NY',
        zipOrPostalCode: 'K1A 0B1',
        country: 'CA',
      },
      ['address.stateOrProvince:invalid_enum'],
    ],
    [
      'GB with a malformed postcode',
      { addressLine1: '1 High St', city: 'London', zipOrPostalCode: '12345', country: 'GB' },
      ['address.zipOrPostalCode:invalid_format'],
    ],
    [
      'US without city (the real API requires street, city and country)',
      { addressLine1: '1 Main St', country: 'US' },
      ['address.city:required'],
    ],
  ])(
    'refuses to create a customer: %s (400, field, code, message; nothing saved)',
    async (_, address, expected) => {
      const before = app.store.snapshot();
      const refused = await call('POST', '/wholesale/customers', { body: newCustomer('bad', { address }) });
      expect(refused.status).toBe(400);
      expect(fields(refused)).toEqual(expected);
      expect(refused.json.errors[0].description).toMatch(/\S/);
      expect(app.store.snapshot()).toBe(before);
    },
  );

  it.each<[string, Record<string, string>]>([
    [
      'US with ZIP+4 and a lower-case state',
      { ...US_ADDRESS, stateOrProvince: 'tx', zipOrPostalCode: '78701-1234' },
    ],
    ['GB', { addressLine1: '1 High St', city: 'London', zipOrPostalCode: 'SW1A 1AA', country: 'GB' }],
    ['NL', { addressLine1: 'Dam 1', city: 'Amsterdam', zipOrPostalCode: '1012 JS', country: 'NL' }],
    ['AE, which has no postal codes', { addressLine1: '1 Sheikh Zayed Rd', city: 'Dubai', country: 'AE' }],
    // The real API and the seed require only street, city and country (decisions/0030).
    ['US without state and ZIP', { addressLine1: '1 Main St', city: 'Austin', country: 'US' }],
    ['NL without postcode', { addressLine1: 'Dam 1', city: 'Amsterdam', country: 'NL' }],
    [
      'JP without prefecture',
      { addressLine1: '1-1', city: 'Chiyoda', zipOrPostalCode: '100-0001', country: 'JP' },
    ],
  ])('creates a customer with a valid address: %s', async (_, address) => {
    const created = await call('POST', '/wholesale/customers', { body: newCustomer('ok', { address }) });
    expect(created.status).toBe(202);
  });

  it("checks the calling location's address too, and the precheck applies the same rules", async () => {
    const location = {
      name: 'HQ',
      address: { ...US_ADDRESS, zipOrPostalCode: 'ABCDE' },
      timezone: 'America/Chicago',
      language: 'en_us',
    };
    const refused = await call('POST', '/wholesale/customers', {
      body: newCustomer('loc', { provisioningParameters: { calling: { location } } }),
    });
    expect(fields(refused)).toEqual([
      'provisioningParameters.calling.location.address.zipOrPostalCode:invalid_format',
    ]);
    const precheck = await call('POST', '/wholesale/customers/validate', {
      body: { address: { addressLine1: '1 Str', city: 'Berlin', zipOrPostalCode: '1011', country: 'DE' } },
    });
    expect(precheck.status).toBe(400);
    expect(fields(precheck)).toEqual(['address.zipOrPostalCode:invalid_format']);
    expect(precheck.json.message).toBe('"1011" is not a postal code of DE; one looks like 10115.');
  });

  it("lists every field at fault in one 400: the schema's errors, then the address and package rules", async () => {
    const before = app.store.snapshot();
    // No city (the schema), a malformed ZIP (the US rules), a malformed location postcode, and an
    // add-on that is not orderable: four fields, one answer.
    const refused = await call('POST', '/wholesale/customers', {
      body: newCustomer('all', {
        packages: ['webex_calling', 'attendant_console'],
        address: { addressLine1: '1 Main St', zipOrPostalCode: 'ABCDE', country: 'US' },
        provisioningParameters: {
          calling: {
            location: {
              name: 'HQ',
              address: { ...US_ADDRESS, zipOrPostalCode: '1234' },
              timezone: 'America/Chicago',
              language: 'en_us',
            },
          },
        },
      }),
    });
    expect(refused.status).toBe(400);
    expect(fields(refused)).toEqual([
      'address.city:required',
      'address.zipOrPostalCode:invalid_format',
      'provisioningParameters.calling.location.address.zipOrPostalCode:invalid_format',
      'packages:not_orderable',
    ]);
    for (const error of refused.json.errors) expect(error.description).toMatch(/\S/);
    expect(app.store.snapshot()).toBe(before);

    // A body the schema accepts gets the same rules together (address and packages).
    const valid = await call('POST', '/wholesale/customers', {
      body: newCustomer('rules', {
        packages: ['cisco_calling_plan', 'webex_calling'],
        address: { addressLine1: '1 Main St', city: 'Austin', stateOrProvince: 'Texas', country: 'US' },
      }),
    });
    expect(fields(valid)).toEqual(['address.stateOrProvince:invalid_enum', 'packages:not_orderable']);
    expect(valid.json.message).toBe('2 fields do not meet the rules: address.stateOrProvince, packages.');
    expect(app.store.snapshot()).toBe(before);
  });

  it("names the schema's field once when a rule finds the same field, and the precheck and update do the same", async () => {
    // `city` of the wrong type: the schema says so; the rule's "required" for it is not repeated.
    const precheck = await call('POST', '/wholesale/customers/validate', {
      body: { address: { addressLine1: '1 Str', city: 42, zipOrPostalCode: '1011', country: 'DE' } },
    });
    expect(precheck.status).toBe(400);
    expect(fields(precheck)).toEqual(['address.city:invalid_type', 'address.zipOrPostalCode:invalid_format']);

    const id = idOf(await call('POST', '/wholesale/customers', { body: newCustomer('upd-all') }));
    app.clock.advance(5 * MINUTE);
    const before = app.store.snapshot();
    const update = await call('PUT', '/wholesale/customers/{customerId}', {
      path: `/wholesale/customers/${id}`,
      body: { packages: 'webex_calling', address: { ...US_ADDRESS, country: 'CA' } },
    });
    expect(update.status).toBe(400);
    expect(fields(update)).toEqual([
      'packages:invalid_type',
      'address.stateOrProvince:invalid_enum',
      'address.zipOrPostalCode:invalid_format',
    ]);
    expect(app.store.snapshot()).toBe(before);
  });

  it('an address update is checked (nothing changes on a 400), and a valid one re-runs the RPL check', async () => {
    const id = idOf(await call('POST', '/wholesale/customers', { body: newCustomer('upd') }));
    app.clock.advance(5 * MINUTE);
    const path = `/wholesale/customers/${id}`;
    const bad = await call('PUT', '/wholesale/customers/{customerId}', {
      path,
      body: { packages: ['webex_calling', 'webex_meetings'], address: { ...US_ADDRESS, country: 'CA' } },
    });
    expect(bad.status).toBe(400);
    expect(fields(bad)).toEqual([
      'address.stateOrProvince:invalid_enum',
      'address.zipOrPostalCode:invalid_format',
    ]);
    expect((await getCustomer(id)).json).toMatchObject({ status: 'provisioned', address: US_ADDRESS });

    const moved = {
      addressLine1: '5 Harbour Road',
      city: 'Dover',
      zipOrPostalCode: 'CT16 1JA',
      country: 'GB',
    };
    const ok = await call('PUT', '/wholesale/customers/{customerId}', {
      path,
      body: { packages: ['webex_calling', 'webex_meetings'], address: moved },
    });
    expect(ok.status).toBe(202);
    expect((await getCustomer(id)).json).toMatchObject({
      status: 'updating',
      address: moved,
      rplReview: { result: 'clear', trigger: 'address_updated' },
      // The org country was set at creation and stays; so does the call-in number it decides
      // (DOMAIN §3.3, decisions/0022).
      orgCountry: 'US',
      defaultCallInNumber: { number: '+14155550100', countryCode: '+1', country: 'US' },
    });
    app.clock.advance(5 * MINUTE);
    const after = (await getCustomer(id)).json;
    expect(after.status).toBe('provisioned');
    const org = await call('GET', '/organizations/{orgId}', { path: `/organizations/${after.orgId}` });
    expect(org.json.country).toBe('US');
  });

  it('refuses a billing country that is not an ISO 3166-1 code (400, unknown_country, address.country)', async () => {
    const before = app.store.snapshot();
    const refused = await call('POST', '/wholesale/customers', {
      body: newCustomer('xx', { address: { addressLine1: '1 Nowhere Rd', city: 'Atlantis', country: 'XX' } }),
    });
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toEqual([
      {
        reason: 'unknown_country',
        field: 'address.country',
        description: '"XX" is not an ISO 3166-1 alpha-2 country code.',
      },
    ]);
    expect(app.store.snapshot()).toBe(before);
    const precheck = await call('POST', '/wholesale/customers/validate', {
      body: { address: { addressLine1: '1 Nowhere Rd', city: 'Atlantis', country: 'XX' } },
    });
    expect(fields(precheck)).toEqual(['address.country:unknown_country']);
  });

  it('gives every ISO country a call-in number: Ecuador gets the AMER default, in E.164', async () => {
    const id = idOf(
      await call('POST', '/wholesale/customers', {
        body: newCustomer('ec', {
          address: { addressLine1: 'Av. Amazonas 1', city: 'Quito', country: 'EC' },
        }),
      }),
    );
    expect((await getCustomer(id)).json.defaultCallInNumber).toEqual({
      number: '+14155550100',
      countryCode: '+1',
      country: 'US',
      source: 'location_default',
      location: 'AMER',
    });
  });

  it("gives the first full admin the customer's package level; lowering it is refused (DOMAIN §3)", async () => {
    const created = await call('POST', '/wholesale/customers', {
      body: newCustomer('lvl', {
        packages: ['webex_calling', 'webex_suite', 'webex_meetings'],
        provisioningParameters: {
          packages: { limits: { webex_calling: 10, webex_suite: 2, webex_meetings: 50 } },
        },
      }),
    });
    const id = idOf(created);
    const customer = (await getCustomer(id)).json;
    expect(customer.adminPackage).toBe('webex_suite');
    const subscribers = await call('GET', '/wholesale/subscribers', {
      path: `/wholesale/subscribers?customerId=${id}`,
    });
    expect(subscribers.json.items).toEqual([
      expect.objectContaining({ email: 'admin@lvl.example.com', package: 'webex_suite' }),
    ]);
    const admin = subscribers.json.items[0];
    // The wire shows the org id only once provisioned (decisions/0031); the store always knows it.
    const orgId = app.store.customers.get(id)?.orgId as string;
    expect(orgId).toEqual(expect.any(String));
    const users = await call('GET', '/organizations/{orgId}/users', {
      path: `/organizations/${orgId}/users`,
    });
    const owner = users.json.items.find((user: { email: string }) => user.email === 'admin@lvl.example.com');
    expect(owner).toMatchObject({ id: admin.personId, adminRole: 'full_admin' });
    app.clock.advance(5 * MINUTE);

    const before = app.store.snapshot();
    const lowered = await call('PUT', '/wholesale/subscribers/{subscriberId}', {
      path: `/wholesale/subscribers/${admin.id}`,
      body: { packages: ['webex_calling'] },
    });
    expect(lowered.status).toBe(409);
    expect(lowered.json.errors).toEqual([
      {
        reason: 'admin_package_downgrade',
        field: 'packages',
        description:
          "The customer's full admin holds the customer's package level (webex_suite); webex_calling is below it and downgrading is not supported.",
      },
    ]);
    expect(app.store.snapshot()).toBe(before);
    // An agent of the same customer may hold any ordered package; the suite's quantity counts the admin.
    const agent = await call('POST', '/wholesale/subscribers', {
      body: {
        customerId: id,
        email: 'agent@lvl.example.com',
        packages: ['webex_suite'],
        provisioningParameters: { firstName: 'A', lastName: 'Gent' },
      },
    });
    expect(agent.status).toBe(200);
    const third = await call('POST', '/wholesale/subscribers', {
      body: {
        customerId: id,
        email: 'third@lvl.example.com',
        packages: ['webex_suite'],
        provisioningParameters: { firstName: 'T', lastName: 'Hird' },
      },
    });
    expect(third.json.errors[0].reason).toBe('package_quantity_exhausted');
    const down = await call('PUT', '/wholesale/subscribers/{subscriberId}', {
      path: `/wholesale/subscribers/${agent.json.id}`,
      body: { packages: ['webex_meetings'] },
    });
    expect(down.status).toBe(200);
  });

  it("creates a clear customer's org at once: org, subscriptions, service status, digital services, users", async () => {
    const created = await call('POST', '/wholesale/customers', {
      body: newCustomer('org', {
        packages: ['webex_suite'],
        provisioningParameters: { packages: { limits: { webex_suite: 40 } } },
      }),
    });
    const customer = (await getCustomer(idOf(created))).json;
    // The wire shows `orgId` only once provisioned (decisions/0031); the org exists from the start.
    expect(customer).toMatchObject({ status: 'provisioning' });
    expect(customer.orgId).toBeUndefined();
    customer.orgId = app.store.customers.get(idOf(created))?.orgId;
    const org = `/organizations/${customer.orgId}`;
    const got = await call('GET', '/organizations/{orgId}', { path: org });
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({
      name: 'New Customer org',
      kind: 'customer',
      country: 'US',
      setupStatus: null,
    });
    const listed = await call('GET', '/organizations');
    expect(listed.json.items.map((o: { id: string }) => o.id)).toContain(customer.orgId);

    const subscriptions = await call('GET', '/organizations/{orgId}/subscriptions', {
      path: `${org}/subscriptions`,
    });
    expect(subscriptions.json).toMatchObject({
      trial: null,
      subscription: null,
      // The first full admin holds the customer's package level (DOMAIN §3) and counts in its usage.
      packages: [{ name: 'webex_suite', quantity: 40, assigned: 1 }],
    });
    const status = await call('GET', '/organizations/{orgId}/serviceStatus', {
      path: `${org}/serviceStatus`,
    });
    const byService = Object.fromEntries(
      status.json.services.map((entry: { service: string; status: string }) => [entry.service, entry.status]),
    );
    // Still provisioning: its services are being set up, not yet operational (issue 21).
    expect(byService).toMatchObject({
      calling: 'provisioning',
      meetings: 'provisioning',
      messaging: 'provisioning',
      contact_center: 'not_provisioned',
    });
    const digital = await call('GET', '/organizations/{orgId}/digitalServices', {
      path: `${org}/digitalServices`,
    });
    expect(digital.json).toMatchObject({ engage: { provisioned: false }, roleSync: [] });
    const contactCenter = await call('GET', '/organizations/{orgId}/contactCenter', {
      path: `${org}/contactCenter`,
    });
    expect(contactCenter.status).toBe(200);
    const users = await call('GET', '/organizations/{orgId}/users', { path: `${org}/users` });
    // Its own users; the partner's admins are listed too (relation `partner`), as in every managed org.
    const own = users.json.items.filter((user: { relation: string }) => user.relation === 'customer');
    expect(own).toEqual([
      expect.objectContaining({
        email: 'admin@org.example.com',
        status: 'unverified',
        adminRole: 'full_admin',
      }),
    ]);
    const outbox = await fetch(`${control}/outbox?to=admin@org.example.com`).then((r) => r.json());
    expect(outbox.items).toEqual([expect.objectContaining({ kind: 'welcome', orgId: customer.orgId })]);
  });

  it("creates a listed customer's org only once the review approves it", async () => {
    const created = await call('POST', '/wholesale/customers', {
      body: newCustomer('rplorg', {
        customerInfo: { name: 'Tulip rpl-listed BV', primaryEmail: 'a@tulip.example.com' },
      }),
    });
    const id = idOf(created);
    expect((await getCustomer(id)).json.orgId).toBeUndefined();
    const orgId = app.store.customers.get(id)?.orgId;
    const path = `/organizations/${orgId}/subscriptions`;
    expect((await call('GET', '/organizations/{orgId}/subscriptions', { path })).status).toBe(404);
    const decided = await fetch(`${control}/rpl/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approved' }),
    });
    expect(decided.status).toBe(200);
    expect((await getCustomer(id)).json.status).toBe('provisioning');
    const subscriptions = await call('GET', '/organizations/{orgId}/subscriptions', { path });
    expect(subscriptions.status).toBe(200);
    expect(subscriptions.json.packages.map((p: { name: string }) => p.name)).toEqual([
      'webex_calling',
      'webex_meetings',
    ]);
  });

  it('keeps an existing org when the customer names it, and its users untouched', async () => {
    const existing = (await call('GET', '/organizations')).json.items[0];
    const before = (await call('GET', '/organizations/{orgId}', { path: `/organizations/${existing.id}` }))
      .json;
    const created = await call('POST', '/wholesale/customers', {
      body: newCustomer('existing', { orgId: existing.id }),
    });
    expect(created.status).toBe(202);
    const after = (await call('GET', '/organizations/{orgId}', { path: `/organizations/${existing.id}` }))
      .json;
    expect(after).toEqual(before);
  });
});
