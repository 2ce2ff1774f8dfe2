import { expect, it } from 'vitest';
import type { MockApp } from '../src/app/app.js';
import { WORLD } from '../src/store/seed-world.js';
import type { createClient } from './http-client.js';

type Call = ReturnType<typeof createClient>;
type Context = () => { call: Call; app: MockApp };

const O = '/organizations/{orgId}';
const U = '/organizations/{orgId}/users/{userId}';
const BERLIN = WORLD.provisionedCustomer;
const org = (id: string, rest = '') => `/organizations/${encodeURIComponent(id)}${rest}`;
const HEADER =
  'User ID/Email (Required),First Name,Last Name,Display Name,User Status,Webex Contact Center Standard,Webex Contact Center';

/** The user of `orgId` with this e-mail, as `partner-full-admin` sees it. */
async function find(call: Call, email: string, orgId = BERLIN) {
  const found = await call('GET', `${O}/users`, {
    path: org(orgId, `/users?search=${encodeURIComponent(email)}`),
  });
  const item = found.json.items.find((u: { email: string }) => u.email === email);
  expect(item, email).toBeDefined();
  return { ...item, path: org(orgId, `/users/${encodeURIComponent(item.id)}`) } as {
    id: string;
    version: number;
    path: string;
    contactCenterLicense: string | null;
  };
}

/** Decision 0006 and the role gaps of issue #7, over real HTTP with answers checked against the contract. */
export function usersRolesSuite(context: Context) {
  it('permissions say that an external service admin may not add external admins; others may', async () => {
    const { call } = context();
    const permission = async (token: string) =>
      (await call('GET', `${O}/permissions`, { path: org(BERLIN, '/permissions'), token })).json.actions.find(
        (a: { action: string }) => a.action === 'add_external_admin',
      );
    expect(await permission('external-service-admin')).toMatchObject({
      allowed: false,
      reason: 'external_service_admin_customer_users_only',
    });
    expect(await permission('customer-service-admin')).toMatchObject({ allowed: true });
    expect(await permission('external-full-admin')).toMatchObject({ allowed: true });
    expect(await permission('partner-provisioning-admin')).toMatchObject({
      allowed: false,
      reason: 'insufficient_role',
    });
    expect(await permission('partner-read-only-admin')).toMatchObject({
      allowed: false,
      reason: 'read_only',
    });
    const refused = await call('POST', `${O}/externalAdmins`, {
      path: org(BERLIN, '/externalAdmins'),
      body: { email: 'xavier.new@contoso.example.com' },
      token: 'external-service-admin',
    });
    expect(refused.json.errors[0].reason).toBe('external_service_admin_customer_users_only');
  });

  it('a full admin removes the external read-only admin; a service admin may not', async () => {
    const { call } = context();
    const olga = await find(call, 'olga.observer@contoso.example.com');
    const options = await call('GET', `${U}/roleOptions`, {
      path: `${olga.path}/roleOptions`,
      token: 'customer-service-admin',
    });
    expect(options.status).toBe(404); // a service admin does not even see a read-only admin (§2.3)
    const byService = await call('PUT', `${U}/adminRole`, {
      path: `${olga.path}/adminRole`,
      body: { role: null },
      token: 'external-service-admin',
    });
    expect(byService.status).toBe(404);
    const fullOptions = await call('GET', `${U}/roleOptions`, {
      path: `${olga.path}/roleOptions`,
      token: 'customer-full-admin',
    });
    expect(fullOptions.json.options.find((o: { role: string | null }) => o.role === null)).toMatchObject({
      allowed: true,
    });
    expect(
      fullOptions.json.options.find((o: { role: string | null }) => o.role === 'full_admin'),
    ).toMatchObject({
      allowed: false,
      reason: 'role_not_applicable', // her org is the cause, not the actor's role (issue 21)
    });
    expect(fullOptions.json.licenseOptions).toEqual([]); // she holds no license of Berlin
    const revoked = await call('PUT', `${U}/adminRole`, {
      path: `${olga.path}/adminRole`,
      body: { role: null },
      headers: { 'if-match': `"${olga.version}"` },
      token: 'customer-full-admin',
    });
    expect(revoked.json).toMatchObject({ previousRole: 'read_only_admin', user: { adminRole: null } });
    const externals = await call('GET', `${O}/users`, { path: org(BERLIN, '/users?filter=external_admins') });
    expect(externals.json.items.map((u: { email: string }) => u.email)).not.toContain(
      'olga.observer@contoso.example.com',
    );
  });

  it('provisioning_admin is role_not_applicable; a provisioning admin reads role options, all refused', async () => {
    const { call } = context();
    const anna = await find(call, 'anna.schmidt@berlin-bakery.example.com');
    const asked = await call('PUT', `${U}/adminRole`, {
      path: `${anna.path}/adminRole`,
      body: { role: 'provisioning_admin' },
      token: 'customer-full-admin',
    });
    expect(asked.status).toBe(403);
    expect(asked.json.errors[0].reason).toBe('role_not_applicable');
    const sam = await find(call, 'sam.okafor@contoso.example.com');
    const token = 'partner-provisioning-admin';
    expect((await call('GET', U, { path: sam.path, token })).json.adminRole).toBe('service_admin');
    const options = await call('GET', `${U}/roleOptions`, { path: `${sam.path}/roleOptions`, token });
    expect(options.json.currentRole).toBe('service_admin');
    const refused = options.json.options.filter((o: { current: boolean }) => !o.current);
    expect(refused.map((o: { reason: string }) => o.reason)).toEqual([
      'insufficient_role',
      'insufficient_role',
      'insufficient_role',
    ]);
    // Still only the external admins: a customer-org user is not found for this actor.
    expect((await call('GET', `${U}/roleOptions`, { path: `${anna.path}/roleOptions`, token })).status).toBe(
      404,
    );
  });

  it("lists the partner's admins (provisioning admin included) by each actor's visibility; their role is not changed here", async () => {
    const { call } = context();
    const names = async (token: string, filter: string) =>
      (
        await call('GET', `${O}/users`, { path: org(BERLIN, `/users?filter=${filter}`), token })
      ).json.items.map((u: { displayName: string; relation: string }) => `${u.displayName} (${u.relation})`);
    const partner = ['Pat Partner (partner)', 'Priya Raman (partner)', 'Rita Reader (partner)'];
    const external = ['Ella External (external)', 'Olga Observer (external)', 'Sam Okafor (external)'];
    expect(await names('customer-full-admin', 'external_admins')).toEqual([...external, ...partner].sort());
    expect(await names('customer-full-admin', 'all')).toEqual(expect.arrayContaining(partner));
    expect(await names('customer-full-admin', 'administrators')).not.toEqual(expect.arrayContaining(partner));
    // §2.1: a provisioning admin views the list of the other external admins, the partner's included.
    expect(await names('partner-provisioning-admin', 'external_admins')).toEqual(
      [...external, ...partner].sort(),
    );
    // §2.3 and §2.2: service admins see only service admins; the partner holds none.
    expect(await names('customer-service-admin', 'external_admins')).toEqual(['Sam Okafor (external)']);
    expect(await names('external-service-admin', 'external_admins')).toEqual(['Sam Okafor (external)']);
    expect(await names('customer-service-admin', 'all')).not.toContain('Priya Raman (partner)');

    const priya = await find(call, 'priya.raman@acme-telecom.example.com');
    const got = await call('GET', U, { path: priya.path, token: 'customer-full-admin' });
    expect(got.json).toMatchObject({
      relation: 'partner',
      orgName: 'Acme Telecom',
      adminRole: 'provisioning_admin',
    });
    const hidden = await call('GET', U, { path: priya.path, token: 'customer-service-admin' });
    expect(hidden.status).toBe(404);
    const options = await call('GET', `${U}/roleOptions`, {
      path: `${priya.path}/roleOptions`,
      token: 'customer-full-admin',
    });
    // Only "no exclusive role", which is what she holds (the provisioning role is not exclusive).
    expect(options.json.options.filter((o: { allowed: boolean }) => o.allowed)).toEqual([
      { role: null, allowed: true, current: true },
    ]);
    const given = await call('PUT', `${U}/adminRole`, {
      path: `${priya.path}/adminRole`,
      body: { role: 'service_admin' },
      headers: { 'if-match': `"${priya.version}"` },
      token: 'customer-full-admin',
    });
    expect(given.json.errors[0].reason).toBe('role_not_applicable');
    const pat = await find(call, 'pat.partner@acme-telecom.example.com');
    const revoked = await call('PUT', `${U}/adminRole`, {
      path: `${pat.path}/adminRole`,
      body: { role: null },
      headers: { 'if-match': `"${pat.version}"` },
      token: 'customer-full-admin',
    });
    expect(revoked.status).toBe(403);
    const removed = await call('DELETE', U, { path: priya.path, token: 'customer-full-admin' });
    expect(removed.json.errors[0].reason).toBe('user_not_in_org');
    expect(context().app.store.directory.userByEmail('priya.raman@acme-telecom.example.com')?.roles).toEqual([
      'provisioning_admin',
    ]);
  });

  it('offers the licenses of the platform; none before the setup completed (decision 0006)', async () => {
    const { call, app } = context();
    const anna = await find(call, 'anna.schmidt@berlin-bakery.example.com');
    const options = await call('GET', `${U}/roleOptions`, { path: `${anna.path}/roleOptions` });
    expect(options.json).toMatchObject({
      platform: 'new_platform',
      licenseOptions: ['cc_standard', 'cc_premium'],
    });
    const setup = app.store.setups.get(BERLIN);
    if (!setup) throw new Error('Berlin has a setup');
    app.store.setups.set(BERLIN, {
      ...setup,
      state: { ...setup.state, answers: { ...setup.state.answers, platform: '1.0' } },
    });
    const classic = await call('GET', `${U}/roleOptions`, { path: `${anna.path}/roleOptions` });
    expect(classic.json).toMatchObject({ platform: '1.0', licenseOptions: ['cc_standard', 'cc_premium'] });

    const bill = await find(call, 'bill.arrow@broken-arrow.example.com', WORLD.failedCustomer);
    const none = await call('GET', `${U}/roleOptions`, { path: `${bill.path}/roleOptions` });
    expect(none.json).toMatchObject({ platform: null, licenseOptions: [] });
    const give = await call('PUT', `${U}/license`, {
      path: `${bill.path}/license`,
      body: { license: 'cc_premium' },
    });
    expect(give.status).toBe(409);
    expect(give.json.errors[0]).toMatchObject({ reason: 'license_not_offered', field: 'license' });
    const added = await call('POST', `${O}/users`, {
      path: org(WORLD.failedCustomer, '/users'),
      body: { email: 'new.agent@broken-arrow.example.com', license: 'cc_standard' },
    });
    expect(added.json.errors[0].reason).toBe('license_not_offered');
    const csv = `${HEADER}\r\nbill.arrow@broken-arrow.example.com,Bill,Arrow,Bill Arrow,verified,FALSE,TRUE\r\n`;
    const imported = await call('POST', `${O}/users/import`, {
      path: org(WORLD.failedCustomer, '/users/import?dryRun=true'),
      rawBody: csv,
      contentType: 'text/csv',
    });
    expect(imported.json.rows[0].errors[0]).toMatchObject({
      reason: 'license_not_offered',
      column: 'Webex Contact Center',
    });
  });

  it('adds and removes users where the actor may, with a clear refusal otherwise', async () => {
    const { call } = context();
    const users = org(BERLIN, '/users');
    const body = {
      email: 'nina.neu@berlin-bakery.example.com',
      firstName: 'Nina',
      lastName: 'Neu',
      license: 'cc_premium',
    };
    for (const [token, reason] of [
      ['customer-service-admin', 'user_management_not_allowed'],
      ['external-service-admin', 'user_management_not_allowed'],
      ['partner-read-only-admin', 'read_only'],
      ['partner-provisioning-admin', 'user_management_not_allowed'],
    ] as const) {
      const refused = await call('POST', `${O}/users`, { path: users, body, token });
      expect([token, refused.status, refused.json.errors[0].reason]).toEqual([token, 403, reason]);
    }
    const added = await call('POST', `${O}/users`, { path: users, body, token: 'external-full-admin' });
    expect(added.json).toMatchObject({
      status: 'unverified',
      contactCenterLicense: 'cc_premium',
      relation: 'customer',
    });
    const again = await call('POST', `${O}/users`, { path: users, body, token: 'customer-full-admin' });
    expect(again.json.errors[0]).toMatchObject({ reason: 'email_in_use', field: 'email' });
    const nina = org(BERLIN, `/users/${encodeURIComponent(added.json.id)}`);
    const notByService = await call('DELETE', U, { path: nina, token: 'customer-service-admin' });
    expect(notByService.json.errors[0].reason).toBe('user_management_not_allowed');
    const sam = await find(call, 'sam.okafor@contoso.example.com');
    const external = await call('DELETE', U, { path: sam.path, token: 'customer-full-admin' });
    expect(external.json.errors[0].reason).toBe('user_not_in_org');
    expect((await call('DELETE', U, { path: nina, token: 'partner-full-admin' })).status).toBe(204);
    expect((await call('GET', U, { path: nina })).status).toBe(404);
  });

  it('the import checks a file as the domain does and changes nothing when any row is wrong', async () => {
    const { call, app } = context();
    const path = org(BERLIN, '/users/import');
    const post = (text: string, dryRun: boolean) =>
      call('POST', `${O}/users/import`, {
        path: `${path}?dryRun=${dryRun}`,
        rawBody: text,
        contentType: 'text/csv',
      });
    for (const [text, detail] of [
      ['First Name\r\nAnna\r\n', 'must have "User ID/Email (Required)"'],
      [`${HEADER},Phone\r\n`, 'Unknown column(s): Phone'],
      [`${HEADER}\r\n"anna`, 'quoted field is not closed'],
    ]) {
      const refused = await post(text as string, true);
      expect(refused.status).toBe(400);
      expect(refused.json.errors[0]).toMatchObject({ reason: 'csv_invalid', field: 'body' });
      expect(refused.json.message).toContain(detail);
    }
    const before = app.store.snapshot();
    const file = [
      HEADER,
      'anna.schmidt@berlin-bakery.example.com,Anna,Schmidt,Anna Schmidt,verified,FALSE,TRUE',
      '',
      'ben.weber@berlin-bakery.example.com,Ben,Weber,Ben Weber,verified,TRUE,TRUE',
      'nobody@berlin-bakery.example.com,,,,,,',
      'anna.schmidt@berlin-bakery.example.com,,,,,,',
    ].join('\r\n');
    const refused = await post(file, false);
    expect(refused.status).toBe(400);
    expect(
      refused.json.report.rows.map((r: { row: number; errors: { reason: string }[] }) => [
        r.row,
        r.errors.map((e) => e.reason),
      ]),
    ).toEqual([
      [2, []],
      [4, ['both_licenses']],
      [5, ['user_not_found']],
      [6, ['duplicate_user']],
    ]);
    expect(app.store.snapshot()).toBe(before);
    expect((await find(call, 'anna.schmidt@berlin-bakery.example.com')).contactCenterLicense).toBe(
      'cc_standard',
    );
  });
}
