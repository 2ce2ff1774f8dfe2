import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import createClient, { type Client } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNER, referenceTypesUrl, renderReferenceTypes } from '../../scripts/reference-client.mjs';
import { createMockApp } from '../../src/app/app.js';
import { createManualClock } from '../../src/core/clock.js';
import { type RunningMockServer, startMockServer } from '../../src/node/server.js';
import type { components, paths } from './generated/webex-wholesale.js';
import { createReferenceValidator, DOCUMENTED_DEVIATIONS } from './reference-validator.js';

// A partner's client: types generated from Webex's published description (not Onramp's contract),
// openapi-fetch, pointed at the standalone mock. Every request and answer goes through an
// independent validator built from the same description (reference-validator.ts).

type PrecheckInfo = NonNullable<components['schemas']['CustomerProvisioningPrecheckResponse']['info']>;

/**
 * What a client generated from the reference needs to read a precheck's `info` whichever shape
 * arrives: the reference's schema says one object, the real service (its own example, its
 * description: "a list") and the mock send a list (decisions/0033).
 */
export function precheckInfos(info: PrecheckInfo | PrecheckInfo[] | undefined): PrecheckInfo[] {
  if (info === undefined) return [];
  return Array.isArray(info) ? info : [info];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const usAddress = { addressLine1: '771 Alder Drive', city: 'Milpitas', country: 'US' };

describe('a client generated from the reference drives the wholesale flows on the standalone mock', () => {
  let running: RunningMockServer;
  let client: Client<paths>;
  let as: (token: string | null) => Client<paths>;
  let control: (path: string, body?: unknown) => Promise<Response>;
  const validator = createReferenceValidator();

  beforeAll(async () => {
    running = await startMockServer({ app: createMockApp({ clock: createManualClock() }), port: 0 });
    as = (token) => {
      const made = createClient<paths>({
        baseUrl: running.url,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      made.use(validator.middleware);
      return made;
    };
    client = as('partner-full-admin');
    const root = running.url.replace(/\/v1$/, '');
    control = (path, body) =>
      fetch(`${root}/_mock${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
  });
  afterAll(() => running.close());

  const advance = async (ms: number) => expect((await control('/clock/advance', { ms })).status).toBe(200);
  const idFrom = (location: string | null) => (location ?? '').split('/').pop() as string;
  const getCustomer = async (customerId: string) => {
    const { data, response } = await client.GET('/wholesale/customers/{customerId}', {
      params: { path: { customerId } },
    });
    expect(response.status).toBe(200);
    return data as components['schemas']['Customer'];
  };

  it('is generated from the reference, fenced, and up to date (run `pnpm --filter @onramp/mock-server generate` if not)', async () => {
    const committed = readFileSync(fileURLToPath(referenceTypesUrl), 'utf8');
    expect(committed.startsWith(BANNER)).toBe(true);
    expect(committed === (await renderReferenceTypes()), 'webex-wholesale.ts is stale').toBe(true);
  }, 120_000);

  it('prechecks a customer; reads the info list the real service sends, and would read an object too', async () => {
    const { data, error, response } = await client.POST('/wholesale/customers/validate', {
      body: {
        address: usAddress,
        customerInfo: { name: "John's Pizza", primaryEmail: 'john@pizza.example.com' },
      },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.message).toBe('success');
    // The generated type says object; what arrives is a list. The client parses it either way.
    expect(Array.isArray(data?.info)).toBe(true);
    expect(precheckInfos(data?.info).map((info) => info.infoCode)).toEqual([100]);
    expect(precheckInfos({ infoCode: 100, description: 'ok' }).map((info) => info.infoCode)).toEqual([100]);
    const listed = await client.POST('/wholesale/customers/validate', {
      body: {
        address: usAddress,
        customerInfo: { name: 'Tulip rpl-listed BV', primaryEmail: 't@tulip.example.com' },
      },
    });
    expect(precheckInfos(listed.data?.info).map((info) => info.infoCode)).toEqual([101]);
  });

  it('creates a customer with only the fields the reference requires: provisioning → provisioned, orgId once provisioned', async () => {
    const { data, response } = await client.POST('/wholesale/customers', {
      body: {
        provisioningId: 'prov-minimal',
        packages: ['webex_calling'],
        externalId: 'ref-minimal',
        // A US address without state or ZIP code: the reference requires street, city and country.
        address: usAddress,
      },
    });
    expect(response.status).toBe(202);
    expect(data?.url).toBe(response.headers.get('location'));
    const id = idFrom(response.headers.get('location'));
    const provisioning = await getCustomer(id);
    expect(provisioning.status).toBe('provisioning');
    expect(provisioning.orgId).toBeUndefined();
    await advance(5 * MINUTE);
    const provisioned = await getCustomer(id);
    expect(provisioned.status).toBe('provisioned');
    expect(provisioned.orgId).toEqual(expect.any(String));
    expect(provisioned.address).toEqual(usAddress);
  });

  it('an RPL-listed customer waits for review: approved → provisioned, or expired after 72 h → error', async () => {
    const listed = (externalId: string, marker = 'rpl-listed') =>
      client.POST('/wholesale/customers', {
        body: {
          provisioningId: 'prov-rpl',
          packages: ['webex_meetings'],
          externalId,
          address: usAddress,
          customerInfo: {
            name: `Tulip ${marker} ${externalId}`,
            primaryEmail: `${externalId}@tulip.example.com`,
          },
        },
      });
    const approvedId = idFrom((await listed('ref-rpl-approved')).response.headers.get('location'));
    const pending = await getCustomer(approvedId);
    expect(pending.status).toBe('pending_rpl_review');
    expect(pending.orgId).toBeUndefined();
    expect((await control(`/rpl/${approvedId}`, { decision: 'approved' })).status).toBe(200);
    expect((await getCustomer(approvedId)).status).toBe('provisioning');
    await advance(5 * MINUTE);
    expect((await getCustomer(approvedId)).status).toBe('provisioned');

    // A review the simulated list settles by itself within the hour, seen after one jump of the
    // clock past the 72-hour deadline: approved at its own instant (not refused as late), and,
    // time travel being exact (decisions/0024), provisioned within the same jump.
    const autoId = idFrom((await listed('ref-rpl-auto')).response.headers.get('location'));
    expect((await getCustomer(autoId)).status).toBe('pending_rpl_review');
    await advance(73 * HOUR);
    const auto = await getCustomer(autoId);
    expect(auto).toMatchObject({ status: 'provisioned', orgId: expect.any(String) });
    const review = (auto as { rplReview?: { reviewStatus?: string; checkedAt: string; reviewedAt?: string } })
      .rplReview;
    expect(review?.reviewStatus).toBe('approved');
    const reviewTook = Date.parse(review?.reviewedAt ?? '') - Date.parse(review?.checkedAt ?? '');
    expect(reviewTook).toBeGreaterThan(0);
    expect(reviewTook).toBeLessThanOrEqual(HOUR);

    // Nobody decides this review: it expires after 72 hours.
    const expiringId = idFrom(
      (await listed('ref-rpl-expired', 'rpl-timeout')).response.headers.get('location'),
    );
    await advance(73 * HOUR);
    const expired = await getCustomer(expiringId);
    expect(expired.status).toBe('error');
    expect(expired.orgId).toBeUndefined();
  });

  it('updates a customer (updating → provisioned) and lists, filters and pages customers', async () => {
    const { response } = await client.POST('/wholesale/customers', {
      body: {
        provisioningId: 'prov-upd',
        packages: ['webex_calling', 'webex_meetings'],
        externalId: 'ref-update',
        address: usAddress,
        customerInfo: { name: 'Update Co', primaryEmail: 'admin@update.example.com' },
        provisioningParameters: { packages: { limits: { webex_calling: 5, webex_meetings: 5 } } },
      },
    });
    const id = idFrom(response.headers.get('location'));
    await advance(5 * MINUTE);
    const updated = await client.PUT('/wholesale/customers/{customerId}', {
      params: { path: { customerId: id } },
      body: { packages: ['webex_calling', 'webex_meetings', 'webex_suite'] },
    });
    expect(updated.response.status).toBe(202);
    expect((await getCustomer(id)).status).toBe('updating');
    await advance(5 * MINUTE);
    const done = await getCustomer(id);
    expect(done).toMatchObject({
      status: 'provisioned',
      packages: ['webex_calling', 'webex_meetings', 'webex_suite'],
    });

    const all = await client.GET('/wholesale/customers', { params: { query: { max: '100' } } });
    const items = all.data?.items ?? [];
    expect(items.length).toBeGreaterThan(5);
    const page = await client.GET('/wholesale/customers', { params: { query: { offset: '2', max: '3' } } });
    expect(page.data?.items).toEqual(items.slice(2, 5));
    const byExternal = await client.GET('/wholesale/customers', {
      params: { query: { externalId: 'ref-update' } },
    });
    expect(byExternal.data?.items?.map((customer) => customer.id)).toEqual([id]);
    const byStatus = await client.GET('/wholesale/customers', { params: { query: { status: ['error'] } } });
    expect(byStatus.data?.items?.every((customer) => customer.status === 'error')).toBe(true);
    const partners = await client.GET('/wholesale/subPartners');
    expect(partners.response.status).toBe(200);
  });

  it('provisions, reads, updates, lists, prechecks and removes subscribers', async () => {
    const created = await client.POST('/wholesale/customers', {
      body: {
        provisioningId: 'prov-subs',
        packages: ['webex_calling', 'webex_meetings'],
        externalId: 'ref-subscribers',
        address: usAddress,
        customerInfo: { name: 'Subscribers Co', primaryEmail: 'admin@subs.example.com' },
        provisioningParameters: { packages: { limits: { webex_calling: 5, webex_meetings: 5 } } },
      },
    });
    const customerId = idFrom(created.response.headers.get('location'));
    await advance(5 * MINUTE);
    const precheck = await client.POST('/wholesale/subscribers/validate', {
      body: { customerId, email: 'ann@subs.example.com', packages: ['webex_calling'] },
    });
    expect(precheck.response.status).toBe(200);
    expect(precheckInfos(precheck.data?.info)[0]?.infoCode).toBe(100);

    const ids: string[] = [];
    for (const name of ['ann', 'bob', 'cid']) {
      const { data, response } = await client.POST('/wholesale/subscribers', {
        body: {
          customerId,
          email: `${name}@subs.example.com`,
          packages: ['webex_meetings'],
          provisioningParameters: { firstName: name, lastName: 'Subscriber' },
        },
      });
      expect(response.status).toBe(200);
      expect(data?.status).toBe('provisioned');
      ids.push(data?.id as string);
    }
    const first = ids[0] as string;
    const read = await client.GET('/wholesale/subscribers/{subscriberId}', {
      params: { path: { subscriberId: first } },
    });
    expect(read.data?.email).toBe('ann@subs.example.com');

    const listed = await client.GET('/wholesale/subscribers', { params: { query: { customerId } } });
    // The customer's first full admin became a subscriber when provisioning started (decisions/0020).
    const admin = listed.data?.items?.find((subscriber) => subscriber.email === 'admin@subs.example.com');
    expect(admin?.id).toEqual(expect.any(String));
    expect(ids).not.toContain(admin?.id);
    expect(listed.data?.items?.map((subscriber) => subscriber.id).sort()).toEqual(
      [...ids, admin?.id as string].sort(),
    );
    const paged = await client.GET('/wholesale/subscribers', {
      params: { query: { customerId, max: 2, offset: 1 } },
    });
    expect(paged.data?.items).toEqual(listed.data?.items?.slice(1, 3));

    const changed = await client.PUT('/wholesale/subscribers/{subscriberId}', {
      params: { path: { subscriberId: first } },
      body: { packages: ['webex_calling'] },
    });
    expect(changed.response.status).toBe(200);
    expect(changed.data?.packages).toEqual(['webex_calling']);

    // `{}` passes the reference's schema, but its description says "Either packages or package field
    // is required": the mock follows the description and says which field and why (decisions/0033).
    const empty = await client.PUT('/wholesale/subscribers/{subscriberId}', {
      params: { path: { subscriberId: first } },
      body: {},
    });
    expect(empty.response.status).toBe(400);
    expect(empty.error).toMatchObject({
      errors: [
        { field: 'packages', reason: 'required', description: expect.stringMatching(/packages or package/) },
      ],
    });

    const removed = await client.DELETE('/wholesale/subscribers/{subscriberId}', {
      params: { path: { subscriberId: first } },
    });
    expect(removed.response.status).toBe(204);
    const gone = await client.GET('/wholesale/subscribers/{subscriberId}', {
      params: { path: { subscriberId: first } },
    });
    expect(gone.response.status).toBe(404);
  });

  it('removes a customer (deleting → gone)', async () => {
    const created = await client.POST('/wholesale/customers', {
      body: {
        provisioningId: 'prov-del',
        packages: ['webex_meetings'],
        externalId: 'ref-delete',
        address: usAddress,
      },
    });
    const customerId = idFrom(created.response.headers.get('location'));
    await advance(5 * MINUTE);
    const removed = await client.DELETE('/wholesale/customers/{customerId}', {
      params: { path: { customerId } },
    });
    expect(removed.response.status).toBe(202);
    expect((await getCustomer(customerId)).status).toBe('deleting');
    await advance(5 * MINUTE);
    const gone = await client.GET('/wholesale/customers/{customerId}', { params: { path: { customerId } } });
    expect(gone.response.status).toBe(404);
  });

  it('gets the errors the reference declares, each with the Webex error body and tracking id', async () => {
    const unknown = await client.GET('/wholesale/customers/{customerId}', {
      params: { path: { customerId: 'nope' } },
    });
    expect(unknown.response.status).toBe(404);
    const duplicate = await client.POST('/wholesale/customers', {
      body: {
        provisioningId: 'p',
        packages: ['webex_calling'],
        externalId: 'ref-minimal',
        address: usAddress,
      },
    });
    expect(duplicate.response.status).toBe(409);
    const badZip = await client.POST('/wholesale/customers', {
      body: {
        provisioningId: 'p',
        packages: ['webex_calling'],
        externalId: 'ref-bad-zip',
        address: { ...usAddress, zipOrPostalCode: 'ABCDE' },
      },
    });
    expect(badZip.response.status).toBe(400);
    expect(badZip.error).toMatchObject({
      errors: [{ field: 'address.zipOrPostalCode', reason: 'invalid_format' }],
    });
    expect((await as(null).GET('/wholesale/customers')).response.status).toBe(401);
    const readOnly = await as('partner-read-only-admin').POST('/wholesale/customers', {
      body: { provisioningId: 'p', packages: ['webex_calling'], externalId: 'ref-ro', address: usAddress },
    });
    expect(readOnly.response.status).toBe(403);
  });

  it('saw no violation of the reference, and only the documented deviations', () => {
    expect(validator.counts().answers).toBeGreaterThan(30);
    expect(validator.violations()).toEqual([]);
    expect(validator.deviations().sort()).toEqual(
      DOCUMENTED_DEVIATIONS.map((d) => `${d.operation} | ${d.where} | ${d.problem}`).sort(),
    );
  });
});
