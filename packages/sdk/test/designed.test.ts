import type { Setup, User } from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ProvisioningFailedError } from '../src/index.js';
import { SCRIPTED_BASE, scriptedClient } from './helpers.js';

// The exact requests the designed resources (setup, users, roles…) send, pinned with an injected
// transport (paths, If-Match, bodies, Content-Type). The same resources against the real mock
// server: users-roles.test.ts and setup.test.ts.
const BASE = SCRIPTED_BASE;
const ORG = 'ORG1';
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

type Route = (request: Request, url: URL) => Response | Promise<Response> | undefined;

function server(...routes: Route[]) {
  const sent: { method: string; path: string; headers: Headers; body: string }[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    sent.push({
      method: request.method,
      path: url.pathname + url.search,
      headers: request.headers,
      body: await request.clone().text(),
    });
    for (const route of routes) {
      const answer = await route(request, url);
      if (answer) return answer;
    }
    return json(404, { message: 'no route', errors: [], trackingId: 'T' });
  };
  const { onramp: client, clock } = scriptedClient(fetch, { random: () => 0 });
  return { sent, client, clock };
}

const setup = (status: Setup['status'], version: number): Setup =>
  ({
    orgId: ORG,
    status,
    version,
    currentStep: status === 'completed' ? 'summary_download' : 'provisioning',
  }) as Setup;

describe('setup', () => {
  it('submitAndWait waits the Retry-After of the 202, then polls until completed', async () => {
    let reads = 0;
    const { client, clock, sent } = server((request, url) => {
      if (request.method === 'POST' && url.pathname.endsWith('/setup/submission'))
        return json(202, setup('provisioning', 8), {
          'retry-after': '3',
          location: `${BASE}/organizations/${ORG}/setup`,
        });
      if (request.method === 'GET' && url.pathname.endsWith('/setup'))
        return json(200, setup(++reads < 3 ? 'provisioning' : 'completed', 8 + reads));
      return undefined;
    });
    const statuses: string[] = [];
    const done = await client.setup.submitAndWait(ORG, { ifMatch: 7, onStatus: (s) => statuses.push(s) });
    expect(done.status).toBe('completed');
    expect(statuses).toEqual(['provisioning', 'completed']);
    expect(clock.sleeps).toEqual([3000, 1000, 2000]);
    const submit = sent[0];
    expect(submit?.headers.get('if-match')).toBe('"7"');
    expect(submit?.headers.get('idempotency-key')).toBeTruthy();
  });

  it('submitAndWait rejects with the failed setup', async () => {
    const { client } = server((request) =>
      request.method === 'POST' ? json(202, setup('provisioning', 1)) : json(200, setup('failed', 2)),
    );
    const error = await client.setup.submitAndWait(ORG).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisioningFailedError);
    expect((error as ProvisioningFailedError<Setup>).resource.status).toBe('failed');
  });

  it('drives the steps with If-Match from the setup read', async () => {
    const { client, sent } = server((request) =>
      request.method === 'GET' ? json(200, setup('provisioning', 4)) : json(200, setup('provisioning', 5)),
    );
    const current = await client.setup.get(ORG);
    await client.setup.saveCountry(ORG, 'US', { ifMatch: current });
    await client.setup.confirmCountry(ORG, { ifMatch: 5 });
    await client.setup.saveTimeZone(ORG, 'America/New_York');
    await client.setup.savePlatform(ORG, 'new_platform');
    await client.setup.saveTelephony(ORG, 'webex_calling');
    expect(sent.map((s) => `${s.method} ${s.path} ${s.headers.get('if-match') ?? '-'} ${s.body}`)).toEqual([
      'GET /v1/organizations/ORG1/setup - ',
      'PUT /v1/organizations/ORG1/setup/country "4" {"country":"US"}',
      'POST /v1/organizations/ORG1/setup/country/confirmation "5" ',
      'PUT /v1/organizations/ORG1/setup/timeZone - {"timeZone":"America/New_York"}',
      'PUT /v1/organizations/ORG1/setup/platform - {"platform":"new_platform"}',
      'PUT /v1/organizations/ORG1/setup/telephony - {"telephony":"webex_calling"}',
    ]);
  });

  it('downloads the order summary PDF as a Blob or an ArrayBuffer', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4 summary');
    const { client } = server(
      () => new Response(pdf, { status: 200, headers: { 'content-type': 'application/pdf' } }),
    );
    const blob = await client.setup.orderSummary(ORG);
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('application/pdf');
    const buffer = await client.setup.orderSummary(ORG, { as: 'arrayBuffer' });
    expect(new TextDecoder().decode(buffer)).toBe('%PDF-1.4 summary');
  });

  it.each([
    [
      `attachment; filename="x.pdf"; filename*=UTF-8''Order%20summary%20-%20%D7%A4.pdf`,
      'Order summary - פ.pdf',
    ],
    [
      'attachment; filename="Order summary - Berlin Bakery GmbH.pdf"',
      'Order summary - Berlin Bakery GmbH.pdf',
    ],
    [`attachment; filename="a.pdf"; filename*=UTF-8''%E0%A4%A.pdf`, 'a.pdf'],
    [`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd`, '.._.._etc_passwd'],
    [null, 'order-summary.pdf'],
  ])('as a File named by Content-Disposition %j: %j, never a path', async (disposition, name) => {
    const headers: Record<string, string> = { 'content-type': 'application/pdf' };
    if (disposition) headers['content-disposition'] = disposition;
    const { client } = server(() => new Response('%PDF-1.4 summary', { status: 200, headers }));
    const file = await client.setup.orderSummary(ORG, { as: 'file' });
    expect(file).toBeInstanceOf(File);
    expect([file.name, file.type, await file.text()]).toEqual([name, 'application/pdf', '%PDF-1.4 summary']);
  });
});

describe('roles and licenses', () => {
  const user = (version: number) => ({ id: 'U1', orgId: ORG, version, adminRole: null }) as unknown as User;

  it('assign reads the user first and sends its version as If-Match', async () => {
    const { client, sent } = server((request) =>
      request.method === 'GET'
        ? json(200, user(3), { etag: '"3"' })
        : json(200, { user: user(4), previousRole: null, connectRole: 'all_access', warnings: [] }),
    );
    const change = await client.roles.assign(ORG, 'U1', 'service_admin');
    expect(change.connectRole).toBe('all_access');
    expect(sent.map((s) => `${s.method} ${s.path} ${s.headers.get('if-match') ?? '-'} ${s.body}`)).toEqual([
      'GET /v1/organizations/ORG1/users/U1 - ',
      'PUT /v1/organizations/ORG1/users/U1/adminRole "3" {"role":"service_admin"}',
    ]);
  });

  it('revoke with a known user sends no read; a stale version is a ConflictError (412)', async () => {
    const { client, sent } = server(() =>
      json(412, {
        message: 'stale',
        errors: [{ description: 'stale', reason: 'etag_mismatch' }],
        trackingId: 'T',
      }),
    );
    const error = await client.roles.revoke(ORG, 'U1', { ifMatch: user(2) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).reason).toBe('etag_mismatch');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toBe('{"role":null}');
  });

  it('a refused assignment surfaces the rule (403 reason)', async () => {
    const { client } = server(() =>
      json(403, {
        message: 'A service admin can only assign the service admin role.',
        errors: [{ description: 'no', reason: 'service_admin_assigns_only_service_admin' }],
        trackingId: 'T',
      }),
    );
    const error = await client.roles
      .assign(ORG, 'U1', 'full_admin', { ifMatch: null })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).reason).toBe('service_admin_assigns_only_service_admin');
  });

  it('setLicense sends the license with If-Match; importCsv posts text/csv with dryRun', async () => {
    const report = {
      dryRun: true,
      applied: false,
      counts: { rows: 1, changed: 1, unchanged: 0, errors: 0 },
      rows: [],
    };
    const { client, sent } = server((request) =>
      request.url.includes('/import') ? json(200, report) : json(200, user(6)),
    );
    await client.users.setLicense(ORG, 'U1', 'cc_premium', { ifMatch: '"5"' });
    const answer = await client.users.importCsv(ORG, 'email,Webex Contact Center\na@x.com,TRUE\n', {
      dryRun: true,
    });
    expect(answer.counts.changed).toBe(1);
    expect(sent[0]).toMatchObject({ method: 'PUT', body: '{"license":"cc_premium"}' });
    expect(sent[0]?.headers.get('if-match')).toBe('"5"');
    expect(sent[1]).toMatchObject({
      method: 'POST',
      path: '/v1/organizations/ORG1/users/import?dryRun=true',
    });
    expect(sent[1]?.headers.get('content-type')).toBe('text/csv');
    expect(sent[1]?.body).toBe('email,Webex Contact Center\na@x.com,TRUE\n');
  });

  it('users.list pages by totalCount', async () => {
    const { client, sent } = server((_request, url) => {
      const offset = Number(url.searchParams.get('offset'));
      const items = Array.from({ length: Math.min(2, 5 - offset) }, (_, i) => user(offset + i));
      return json(200, { items, totalCount: 5 });
    });
    const users = await client.users.list(ORG, { filter: 'administrators', max: 2 }).toArray();
    expect(users.map((u) => u.version)).toEqual([0, 1, 2, 3, 4]);
    expect(sent.map((s) => s.path)).toEqual([
      '/v1/organizations/ORG1/users?filter=administrators&offset=0&max=2',
      '/v1/organizations/ORG1/users?filter=administrators&offset=2&max=2',
      '/v1/organizations/ORG1/users?filter=administrators&offset=4&max=2',
    ]);
  });
});

describe('trials, orders, subscriptions, permissions', () => {
  it('each calls its operation and returns the body', async () => {
    const { client, sent } = server((_request, url) =>
      json(url.pathname === '/v1/trials' ? 201 : 200, { path: url.pathname, items: [], totalCount: 0 }),
    );
    await client.trials.start({
      customerName: 'A',
      customerAdminEmail: 'a@x.com',
      services: ['contact_center'],
      trialDays: 30,
      country: 'US',
      ccai: false,
    });
    await client.orders.map('O1', { customerOrgId: ORG, country: 'US' });
    await client.orders.list({ status: 'unmapped' }).toArray();
    await client.subscriptions.get(ORG);
    await client.organizations.serviceStatus(ORG);
    await client.organizations.digitalServices(ORG);
    await client.permissions.effective(ORG);
    await client.permissions.me();
    await client.catalog.countries({ region: 'emea' });
    expect(sent.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /v1/trials',
      'POST /v1/orders/O1/mapping',
      'GET /v1/orders?status=unmapped&offset=0&max=100',
      'GET /v1/organizations/ORG1/subscriptions',
      'GET /v1/organizations/ORG1/serviceStatus',
      'GET /v1/organizations/ORG1/digitalServices',
      'GET /v1/organizations/ORG1/permissions',
      'GET /v1/me',
      'GET /v1/catalog/countries?region=emea',
    ]);
    expect(sent.slice(0, 2).every((s) => s.headers.has('idempotency-key'))).toBe(true);
  });
});
