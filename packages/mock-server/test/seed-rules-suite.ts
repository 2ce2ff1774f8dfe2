import { expect, it } from 'vitest';
import type { MockApp } from '../src/app/app.js';
import { WORLD } from '../src/store/seed-world.js';
import type { createClient } from './http-client.js';

type Call = ReturnType<typeof createClient>;
type Context = () => { call: Call; app: MockApp };

const O = '/organizations/{orgId}';
const org = (id: string, rest = '') => `/organizations/${encodeURIComponent(id)}${rest}`;

/** Issue 17 (seeds 000 and 001, rule by rule), over the API with answers checked against the contract. */
export function seedRulesSuite(context: Context) {
  it("makes the country chosen when mapping an order the order's and the wizard's default", async () => {
    const { call } = context();
    const orders = await call('GET', '/orders', { path: '/orders?status=unmapped' });
    const order = orders.json.items.find((o: { orderCountry: string }) => o.orderCountry !== 'DE');
    const mapped = await call('POST', '/orders/{orderId}/mapping', {
      path: `/orders/${order.id}/mapping`,
      body: { newCustomer: { name: 'Zed Gmbh', adminEmail: 'zed@zed.example.com' }, country: 'DE' },
    });
    expect(mapped.json.country).toBe('DE');
    const after = await call('GET', '/orders', { path: '/orders?status=mapped' });
    expect(after.json.items.find((o: { id: string }) => o.id === order.id).orderCountry).toBe('DE');
    const setup = await call('GET', `${O}/setup`, { path: org(mapped.json.customerOrgId, '/setup') });
    expect(setup.json.order.orderCountry).toBe('DE');
    expect(setup.json.defaultCountry).toBe('DE');
  });

  it('gives a customer admin no Control Hub access until the welcome e-mail activation is done', async () => {
    const { call } = context();
    const token = 'trial-customer-admin';
    const setupPath = org(WORLD.trialCustomer, '/setup');
    const refused = async () => {
      const setup = await call('GET', `${O}/setup`, { path: setupPath, token });
      expect([setup.status, setup.json.errors[0].reason]).toEqual([403, 'account_not_activated']);
      const save = await call('PUT', `${O}/setup/country`, {
        path: `${setupPath}/country`,
        token,
        body: { country: 'US' },
      });
      expect([save.status, save.json.errors[0].reason]).toEqual([403, 'account_not_activated']);
    };
    await refused();
    const permissions = await call('GET', `${O}/permissions`, {
      path: org(WORLD.trialCustomer, '/permissions'),
      token,
    });
    for (const action of permissions.json.actions)
      expect(action).toMatchObject({ allowed: false, reason: 'account_not_activated' });
    // Observable by the partner, step by step (DOMAIN §1.1).
    const onboarding = () =>
      call('GET', `${O}/onboarding`, { path: org(WORLD.trialCustomer, '/onboarding') });
    expect((await onboarding()).json.customerAdmin).toMatchObject({ active: false, nextStep: 'get_started' });
    const started = await call('POST', '/onboarding/getStarted', {
      body: { token: 'wel_johns_pizza' },
      token: null,
    });
    await refused();
    const password = await call('POST', '/onboarding/password', {
      body: { token: started.json.setPasswordToken, password: 'Correct-Horse-9' },
      token: null,
    });
    await refused();
    expect((await onboarding()).json.customerAdmin).toMatchObject({
      active: false,
      nextStep: 'accept_terms',
    });
    await call('POST', '/onboarding/terms', {
      body: { token: password.json.acceptTermsToken, accepted: true },
      token: null,
    });
    expect((await onboarding()).json.customerAdmin).toMatchObject({ active: true, nextStep: 'done' });
    expect((await call('GET', `${O}/setup`, { path: setupPath, token })).status).toBe(200);
  });

  it('activates and deactivates users by table 1: full admins yes, service admins never', async () => {
    const { call } = context();
    const A = '/organizations/{orgId}/users/{userId}/activation';
    const steve = await find(call, 'steve.service@berlin-bakery.example.com');
    const ben = await find(call, 'ben.weber@berlin-bakery.example.com');
    const put = (user: Found, active: boolean, token = 'partner-full-admin') =>
      call('PUT', A, { path: `${user.path}/activation`, token, body: { active } });
    const refused = await put(ben, false, 'customer-service-admin');
    expect([refused.status, refused.json.errors[0].reason]).toEqual([403, 'user_management_not_allowed']);
    const provisioning = await put(ben, false, 'partner-provisioning-admin');
    expect([provisioning.status, provisioning.json.errors[0].reason]).toEqual([
      403,
      'user_management_not_allowed',
    ]);
    const self = await put(
      await find(call, 'carla.customer@berlin-bakery.example.com'),
      false,
      'customer-full-admin',
    );
    expect([self.status, self.json.errors[0].reason]).toEqual([403, 'insufficient_role']);
    // Deactivated: Steve keeps his role but cannot sign in; activated again, he can.
    const off = await put(steve, false);
    expect(off.json).toMatchObject({ active: false, adminRole: 'service_admin' });
    const locked = await call('GET', `${O}/users`, {
      path: org(WORLD.provisionedCustomer, '/users'),
      token: 'customer-service-admin',
    });
    expect([locked.status, locked.json.errors[0].reason]).toEqual([403, 'account_deactivated']);
    expect((await put(steve, false)).json.version).toBe(off.json.version);
    expect((await put(steve, true)).json.active).toBe(true);
    expect(
      (
        await call('GET', `${O}/users`, {
          path: org(WORLD.provisionedCustomer, '/users'),
          token: 'customer-service-admin',
        })
      ).status,
    ).toBe(200);
  });

  it("updates a user's details: full and service admins, users of the customer org only", async () => {
    const { call } = context();
    const ben = await find(call, 'ben.weber@berlin-bakery.example.com');
    const patch = (user: Found, body: unknown, token = 'customer-service-admin') =>
      call('PATCH', '/organizations/{orgId}/users/{userId}', {
        path: user.path,
        token,
        body,
        headers: { 'if-match': `"${user.version}"` },
      });
    const updated = await patch(ben, { lastName: 'Weber-Schmidt' });
    expect(updated.json).toMatchObject({
      firstName: 'Ben',
      lastName: 'Weber-Schmidt',
      displayName: 'Ben Weber-Schmidt',
    });
    const stale = await patch(ben, { lastName: 'Again' });
    expect(stale.status).toBe(412);
    const fresh = await find(call, 'ben.weber@berlin-bakery.example.com');
    const provisioning = await patch(fresh, { firstName: 'B' }, 'partner-provisioning-admin');
    expect(provisioning.status).toBe(403);
    const readOnly = await patch(fresh, { firstName: 'B' }, 'partner-read-only-admin');
    expect([readOnly.status, readOnly.json.errors[0].reason]).toEqual([403, 'read_only']);
    expect((await patch(fresh, {})).status).toBe(400);
    const sam = await find(call, 'sam.okafor@contoso.example.com');
    const external = await patch(sam, { firstName: 'Samuel' }, 'partner-full-admin');
    expect([external.status, external.json.errors[0].reason]).toEqual([409, 'user_not_in_org']);
  });

  it('syncs a role set in Connect to Control Hub by the second table, and back (DOMAIN §1.4)', async () => {
    const { call } = context();
    const C = '/organizations/{orgId}/users/{userId}/connectRole';
    const ben = await find(call, 'ben.weber@berlin-bakery.example.com');
    const digital = () =>
      call('GET', `${O}/digitalServices`, { path: org(WORLD.provisionedCustomer, '/digitalServices') });
    for (const [connectRole, controlHubRole] of [
      ['read_only', 'read_only_admin'],
      ['limited', 'read_only_admin'],
      ['all_access', 'full_admin'],
      ['tenant_owner', 'full_admin'],
      ['restricted_access', 'read_only_admin'],
    ]) {
      const set = await call('PUT', C, { path: `${ben.path}/connectRole`, body: { role: connectRole } });
      expect(set.json).toEqual({
        userId: ben.id,
        email: 'ben.weber@berlin-bakery.example.com',
        controlHubRole,
        connectRole,
        direction: 'connect_to_control_hub',
      });
      expect(
        (await call('GET', '/organizations/{orgId}/users/{userId}', { path: ben.path })).json.adminRole,
      ).toBe(controlHubRole);
      const entry = (await digital()).json.roleSync.find((e: { userId: string }) => e.userId === ben.id);
      expect(entry).toMatchObject({ connectRole, controlHubRole, direction: 'connect_to_control_hub' });
    }
    // A Control Hub change syncs the other way again: full admin → Connect tenant owner.
    await call('PUT', '/organizations/{orgId}/users/{userId}/adminRole', {
      path: `${ben.path}/adminRole`,
      body: { role: 'full_admin' },
    });
    expect(
      (await digital()).json.roleSync.find((e: { userId: string }) => e.userId === ben.id),
    ).toMatchObject({
      connectRole: 'tenant_owner',
      direction: 'control_hub_to_connect',
    });
    // The Control Hub rules apply: a service admin gives no full admin; external users are not synced.
    const uma = await find(call, 'uma.unverified@berlin-bakery.example.com');
    const service = await call('PUT', C, {
      path: `${uma.path}/connectRole`,
      body: { role: 'tenant_owner' },
      token: 'customer-service-admin',
    });
    expect([service.status, service.json.errors[0].reason]).toEqual([
      403,
      'service_admin_assigns_only_service_admin',
    ]);
    const sam = await find(call, 'sam.okafor@contoso.example.com');
    const external = await call('PUT', C, { path: `${sam.path}/connectRole`, body: { role: 'read_only' } });
    expect([external.status, external.json.errors[0].reason]).toEqual([403, 'role_not_applicable']);
    // Before the setup completed there is no Connect.
    const users = await call('GET', `${O}/users`, { path: org(WORLD.trialCustomer, '/users') });
    const john = users.json.items[0];
    const early = await call('PUT', C, {
      path: org(WORLD.trialCustomer, `/users/${encodeURIComponent(john.id)}/connectRole`),
      body: { role: 'read_only' },
    });
    expect(early.status === 409 || early.status === 403).toBe(true);
  });

  it("shows the partner's admins with immediate Connect access, and no Engage access", async () => {
    const { call } = context();
    const digital = await call('GET', `${O}/digitalServices`, {
      path: org(WORLD.provisionedCustomer, '/digitalServices'),
    });
    expect(digital.json.partnerAdminsHaveEngageAccess).toBe(false);
    const partner = digital.json.connect.partnerAdmins;
    expect(partner.map((p: { email: string }) => p.email)).toContain('pat.partner@acme-telecom.example.com');
    for (const admin of partner) expect(admin.access).toBe('immediate');
    const trial = await call('GET', `${O}/digitalServices`, {
      path: org(WORLD.trialCustomer, '/digitalServices'),
    });
    expect(trial.json.connect).toMatchObject({ provisioned: false, tenantUrl: null, partnerAdmins: [] });
  });
}

type Found = { id: string; version: number; path: string };

async function find(call: Call, email: string, orgId: string = WORLD.provisionedCustomer): Promise<Found> {
  const found = await call('GET', `${O}/users`, {
    path: org(orgId, `/users?search=${encodeURIComponent(email)}`),
  });
  const item = found.json.items.find((u: { email: string }) => u.email === email);
  expect(item, email).toBeDefined();
  return { ...item, path: org(orgId, `/users/${encodeURIComponent(item.id)}`) };
}
