import { expect, it } from 'vitest';
import type { MockApp } from '../src/app/app.js';
import { WORLD } from '../src/store/seed-world.js';
import type { createClient } from './http-client.js';

type Call = ReturnType<typeof createClient>;
type Context = () => { call: Call; app: MockApp; origin: string };

const MINUTE = 60_000;
const O = '/organizations/{orgId}';
const U = '/organizations/{orgId}/users/{userId}';
const org = (id: string, rest = '') => `/organizations/${encodeURIComponent(id)}${rest}`;
const user = (orgId: string, userId: string, rest = '') =>
  org(orgId, `/users/${encodeURIComponent(userId)}${rest}`);
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** Follows an outbox e-mail's link against the mock (the links are the contract's operations). */
async function follow(ctx: ReturnType<Context>, label: string, to: string) {
  const outbox = await fetch(`${ctx.origin}/_mock/outbox?to=${encodeURIComponent(to)}`).then((r) => r.json());
  const mail = outbox.items
    .filter((m: { links: { label: string }[] }) => m.links.some((l) => l.label === label))
    .pop();
  expect(mail, `an e-mail to ${to} with "${label}"`).toBeDefined();
  return mail.links.find((l: { label: string }) => l.label === label) as {
    path: string;
    body: { token: string };
  };
}

/** Every designed operation, and the rules of DOMAIN §1.2, §2.1, §2.2, §3.2, §3.3 end to end. */
export function designedSuite(context: Context) {
  it('answers who is signed in, the orgs they manage and their permissions', async () => {
    const { call } = context();
    const me = await call('GET', '/me', { token: 'customer-service-admin' });
    expect(me.json).toMatchObject({
      orgKind: 'customer',
      adminRole: 'service_admin',
      contactCenterLicense: 'cc_premium',
    });
    const orgs = await call('GET', '/organizations', { path: '/organizations?kind=customer&max=3' });
    expect(orgs.json.items).toHaveLength(3);
    expect(orgs.json.totalCount).toBeGreaterThanOrEqual(7);
    const pizza = await call('GET', '/organizations', { path: '/organizations?search=PIZZA' });
    expect(pizza.json.items.map((o: { id: string }) => o.id)).toEqual([WORLD.trialCustomer]);
    const external = await call('GET', '/organizations', { token: 'external-service-admin' });
    expect(external.json.items.map((o: { id: string }) => o.id)).toEqual([WORLD.provisionedCustomer]);
    const got = await call('GET', `${O}`, { path: org(WORLD.provisionedCustomer) });
    expect(got.json).toMatchObject({
      setupStatus: 'completed',
      platformDetails: 'new platform',
      dataCenter: 'eu',
    });
    const refused = await call('GET', `${O}`, {
      path: org(WORLD.trialCustomer),
      token: 'external-full-admin',
    });
    expect(refused.json.errors[0].reason).toBe('no_relation');
    const permissions = await call('GET', `${O}/permissions`, {
      path: org(WORLD.provisionedCustomer, '/permissions'),
      token: 'external-service-admin',
    });
    const byAction = Object.fromEntries(
      permissions.json.actions.map((a: { action: string }) => [a.action, a]),
    );
    expect(permissions.json).toMatchObject({ relation: 'external', role: 'service_admin' });
    expect(byAction.add_user).toMatchObject({ allowed: false, reason: 'user_management_not_allowed' });
    expect(byAction.open_setup_wizard).toMatchObject({ allowed: false, reason: 'setup_wizard_not_allowed' });
    const none = await call('GET', `${O}/permissions`, {
      path: org(WORLD.trialCustomer, '/permissions'),
      token: 'external-full-admin',
    });
    expect(none.json.relation).toBeNull();
    expect(none.json.actions.every((a: { reason?: string }) => a.reason === 'no_relation')).toBe(true);
    const standard = await call('GET', `${O}/permissions`, {
      path: org(WORLD.provisionedCustomer, '/permissions'),
      token: 'customer-standard-full-admin',
    });
    expect(standard.json.actions[0].reason).toBe('standard_license_agent_only');
  });

  it('serves the catalogue from the domain tables', async () => {
    const { call } = context();
    const gulf = await call('GET', '/catalog/countries', { path: '/catalog/countries?region=gulf' });
    expect(gulf.json.items.map((c: { code: string }) => c.code)).toContain('KW');
    expect((await call('GET', '/catalog/timeZones')).json.items.length).toBeGreaterThan(40);
    const options = await call('GET', '/catalog/telephonyOptions', {
      path: '/catalog/telephonyOptions?region=gulf',
    });
    expect(options.json.items.map((o: { option: string }) => o.option)).not.toContain('third_party_via_vpop');
    const packages = await call('GET', '/catalog/packages');
    expect(packages.json.items.find((p: { name: string }) => p.name === 'attendant_console')).toMatchObject({
      orderable: false,
    });
  });

  it('starts a trial: welcome e-mail, Get started → password → terms from the e-mail links', async () => {
    const ctx = context();
    const { call } = ctx;
    const body = {
      customerName: 'Pasta Place',
      customerAdminEmail: 'pia@pasta.example.com',
      services: ['contact_center'],
      trialDays: 30,
      country: 'US',
    };
    expect(
      (await call('POST', '/trials', { body, token: 'customer-full-admin' })).json.errors[0].reason,
    ).toBe('partner_only');
    expect(
      (await call('POST', '/trials', { body, token: 'partner-provisioning-admin' })).json.errors[0].reason,
    ).toBe('insufficient_role');
    const started = await call('POST', '/trials', { body });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ status: 'active', setupPrompt: { code: 'trial_ready' } });
    // Licenses omitted: a contact-center trial gets 25 of each (the contract).
    expect(started.json.licenses).toEqual([
      { license: 'cc_standard', quantity: 25 },
      { license: 'cc_premium', quantity: 25 },
    ]);
    const trial = await call('GET', '/trials/{trialId}', { path: `/trials/${started.json.id}` });
    expect(trial.json.customerOrgId).toBe(started.json.customerOrgId);
    expect((await call('POST', '/trials', { body })).json.errors[0].reason).toBe('email_in_use');
    const orgId = started.json.customerOrgId as string;
    const before = await call('GET', `${O}/onboarding`, { path: org(orgId, '/onboarding') });
    expect(before.json.customerAdmin).toMatchObject({ active: false, nextStep: 'get_started' });

    const link = await follow(ctx, 'Get started', 'pia@pasta.example.com');
    expect(link.path).toBe('/v1/onboarding/getStarted');
    expect(
      (
        await call('POST', '/onboarding/password', {
          body: { token: link.body.token, password: 'Correct-Horse-9' },
          token: null,
        })
      ).json.errors[0].reason,
    ).toBe('onboarding_out_of_order');
    const getStarted = await call('POST', '/onboarding/getStarted', { body: link.body, token: null });
    expect(getStarted.status).toBe(200);
    expect(
      (await call('POST', '/onboarding/getStarted', { body: link.body, token: null })).json.errors[0].reason,
    ).toBe('link_invalid');
    const password = await call('POST', '/onboarding/password', {
      body: { token: getStarted.json.setPasswordToken, password: 'Correct-Horse-9' },
      token: null,
    });
    const terms = await call('POST', '/onboarding/terms', {
      body: { token: password.json.acceptTermsToken, accepted: true },
      token: null,
    });
    expect(terms.json).toMatchObject({ orgId, active: true });
    const after = await call('GET', `${O}/onboarding`, { path: org(orgId, '/onboarding') });
    expect(after.json.customerAdmin).toMatchObject({ active: true, nextStep: 'done' });
  });

  it('never starts a trial twice for a retried request with the same Idempotency-Key', async () => {
    const { call, app } = context();
    const body = {
      customerName: 'Retry Diner',
      customerAdminEmail: 'rae@retry.example.com',
      services: ['contact_center'],
      trialDays: 7,
      country: 'GB',
    };
    const headers = { 'idempotency-key': 'trial-retry-1' };
    const first = await call('POST', '/trials', { body, headers });
    const again = await call('POST', '/trials', { body, headers });
    expect(again.json.id).toBe(first.json.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect([...app.store.trials.values()].filter((t) => t.customerName === 'Retry Diner')).toHaveLength(1);
    expect((await call('GET', '/me', { token: null })).status).toBe(401);
  });

  it('lists and maps orders; a mapped order cannot be mapped again', async () => {
    const ctx = context();
    const { call } = ctx;
    const unmapped = await call('GET', '/orders', { path: '/orders?status=unmapped' });
    expect(unmapped.json.items.map((o: { id: string }) => o.id)).toEqual(['ord_1002', 'ord_1001']);
    expect((await call('GET', '/orders', { token: 'customer-full-admin' })).json.errors[0].reason).toBe(
      'partner_only',
    );
    // The Cisco PSTN add-on is sold for the United States only (seed 000).
    const pstnAbroad = await call('POST', '/orders/{orderId}/mapping', {
      path: '/orders/ord_1001/mapping',
      body: {
        newCustomer: { name: 'Lakeside Clinic', adminEmail: 'lee@lakeside.example.com' },
        country: 'DE',
      },
    });
    expect(pstnAbroad.status).toBe(422);
    expect(pstnAbroad.json.errors[0]).toMatchObject({ reason: 'pstn_add_on_us_only', field: 'country' });
    const mapped = await call('POST', '/orders/{orderId}/mapping', {
      path: '/orders/ord_1001/mapping',
      body: {
        newCustomer: { name: 'Lakeside Clinic', adminEmail: 'lee@lakeside.example.com' },
        country: 'US',
      },
    });
    expect(mapped.json).toMatchObject({
      customerCreated: true,
      status: 'mapped',
      setupPrompt: { code: 'order_mapped' },
    });
    await follow(ctx, 'Get started', 'lee@lakeside.example.com');
    const again = await call('POST', '/orders/{orderId}/mapping', {
      path: '/orders/ord_1001/mapping',
      body: { customerOrgId: WORLD.trialCustomer, country: 'US' },
    });
    expect(again.json.errors[0].reason).toBe('order_already_mapped');
    const map1002 = (body: Record<string, unknown>) =>
      call('POST', '/orders/{orderId}/mapping', { path: '/orders/ord_1002/mapping', body });
    // A live customer's subscription is replaced only on explicit confirmation, nothing changes before.
    const live = await map1002({ customerOrgId: WORLD.provisionedCustomer, country: 'DE' });
    expect(live.status).toBe(409);
    expect(live.json.errors[0]).toMatchObject({
      reason: 'customer_already_set_up',
      field: 'replaceSubscription',
    });
    const provisioning = await map1002({ customerOrgId: WORLD.provisioningCustomer, country: 'US' });
    expect(provisioning.json.errors[0].reason).toBe('setup_not_editable');
    const otherCountry = await map1002({
      customerOrgId: WORLD.provisionedCustomer,
      country: 'GB',
      replaceSubscription: true,
    });
    expect(otherCountry.json.errors[0]).toMatchObject({ reason: 'country_locked', field: 'country' });
    const orders = await call('GET', '/orders', { path: '/orders?status=unmapped' });
    expect(orders.json.items.map((o: { id: string }) => o.id)).toEqual(['ord_1002']);
    const existing = await call('POST', '/orders/{orderId}/mapping', {
      path: '/orders/ord_1002/mapping',
      body: { customerOrgId: WORLD.gulfCustomer, country: 'KW' },
    });
    expect(existing.json.customerCreated).toBe(false);
  });

  it('runs the setup wizard: incompatible location, irreversible country, Gulf telephony, ETag, async provisioning, PDF', async () => {
    const ctx = context();
    const { call, app } = ctx;
    const incompatible = await call('PUT', `${O}/setup/country`, {
      path: org(WORLD.trialCustomer, '/setup/country'),
      body: { country: 'IN' },
    });
    expect(incompatible.status).toBe(422);
    expect(incompatible.json.errors[0].reason).toBe('incompatible_location');
    expect(
      (
        await call('GET', `${O}/setup`, {
          path: org(WORLD.gulfCustomer, '/setup'),
          token: 'customer-service-admin',
        })
      ).status,
    ).toBe(403);

    const path = (rest: string) => org(WORLD.gulfCustomer, `/setup${rest}`);
    const setup = await call('GET', `${O}/setup`, { path: path('') });
    expect(setup.json).toMatchObject({
      status: 'not_started',
      currentStep: 'summary',
      order: { orderCountry: 'KW' },
    });
    const etag = setup.headers.get('etag') as string;
    const saved = await call('PUT', `${O}/setup/country`, {
      path: path('/country'),
      body: { country: 'KW' },
      headers: { 'if-match': etag },
    });
    expect(saved.json).toMatchObject({
      currentStep: 'country',
      region: 'gulf',
      dataCenter: 'sa',
      answers: { timeZone: 'Asia/Kuwait', platform: '1.0' },
    });
    const stale = await call('PUT', `${O}/setup/country`, {
      path: path('/country'),
      body: { country: 'BH' },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    const confirmed = await call('POST', `${O}/setup/country/confirmation`, {
      path: path('/country/confirmation'),
    });
    expect(confirmed.json).toMatchObject({ currentStep: 'time_zone', answers: { countryConfirmed: true } });
    const locked = await call('PUT', `${O}/setup/country`, {
      path: path('/country'),
      body: { country: 'BH' },
    });
    expect(locked.json.errors[0].reason).toBe('country_locked');
    expect(
      (await call('POST', `${O}/setup/country/confirmation`, { path: path('/country/confirmation') })).json
        .errors[0].reason,
    ).toBe('country_locked');
    await call('PUT', `${O}/setup/timeZone`, { path: path('/timeZone'), body: { timeZone: 'Asia/Riyadh' } });
    expect(
      (
        await call('PUT', `${O}/setup/timeZone`, {
          path: path('/timeZone'),
          body: { timeZone: 'Mars/Olympus' },
        })
      ).json.errors[0].reason,
    ).toBe('unknown_time_zone');
    expect(
      (
        await call('PUT', `${O}/setup/platform`, {
          path: path('/platform'),
          body: { platform: 'new_platform' },
        })
      ).json.errors[0].reason,
    ).toBe('platform_not_offered');
    const platform = await call('PUT', `${O}/setup/platform`, {
      path: path('/platform'),
      body: { platform: '1.0' },
    });
    // Gulf Trading has no Webex Calling subscription: Webex Calling telephony is offered in the Gulf
    // but not to this org (DOMAIN §1.3), and says why.
    expect(platform.json.choices).toMatchObject({
      telephonyOptions: ['third_party_via_webex_calling'],
      unavailableTelephonyOptions: [{ option: 'webex_calling', reason: 'calling_subscription_required' }],
    });
    const noCalling = await call('PUT', `${O}/setup/telephony`, {
      path: path('/telephony'),
      body: { telephony: 'webex_calling' },
    });
    expect(noCalling.status).toBe(409);
    expect(noCalling.json.errors[0]).toMatchObject({
      reason: 'calling_subscription_required',
      field: 'telephony',
    });
    expect(app.store.setups.get(WORLD.gulfCustomer)?.state.answers.telephony).toBeNull();
    const vpop = await call('PUT', `${O}/setup/telephony`, {
      path: path('/telephony'),
      body: { telephony: 'third_party_via_vpop' },
    });
    expect(vpop.json.errors[0].reason).toBe('telephony_not_offered');
    const telephony = await call('PUT', `${O}/setup/telephony`, {
      path: path('/telephony'),
      body: { telephony: 'third_party_via_webex_calling' },
    });
    expect(telephony.json.currentStep).toBe('review');
    // Go back and edit, then forward again: the country stays confirmed.
    const back = await call('PUT', `${O}/setup/currentStep`, {
      path: path('/currentStep'),
      body: { step: 'country' },
    });
    expect(back.json).toMatchObject({
      currentStep: 'country',
      answers: { country: 'KW', countryConfirmed: true },
    });
    expect(
      (await call('PUT', `${O}/setup/currentStep`, { path: path('/currentStep'), body: { step: 'review' } }))
        .json.currentStep,
    ).toBe('review');
    expect(
      (await call('GET', `${O}/setup/orderSummary`, { path: path('/orderSummary') })).json.errors[0].reason,
    ).toBe('setup_not_completed');

    const submitted = await call('POST', `${O}/setup/submission`, { path: path('/submission') });
    expect(submitted.status).toBe(202);
    expect(submitted.headers.get('location')).toMatch(/\/setup$/);
    expect(submitted.json).toMatchObject({
      status: 'provisioning',
      currentStep: 'provisioning',
      provisioning: { progress: 0, stage: 'tenant', failedStage: null },
    });
    expect(
      (
        await call('PUT', `${O}/setup/timeZone`, {
          path: path('/timeZone'),
          body: { timeZone: 'Asia/Kuwait' },
        })
      ).json.errors[0].reason,
    ).toBe('setup_not_editable');
    app.clock.advance(2 * MINUTE);
    // Two of five minutes: the tenant is made, the digital services are being provisioned.
    expect((await call('GET', `${O}/setup`, { path: path('') })).json.provisioning).toMatchObject({
      progress: 40,
      stage: 'digital_services',
    });
    expect(
      (await call('GET', `${O}/serviceStatus`, { path: org(WORLD.gulfCustomer, '/serviceStatus') })).json
        .services[0],
    ).toMatchObject({ service: 'contact_center', status: 'provisioning' });
    app.clock.advance(3 * MINUTE);
    const done = await call('GET', `${O}/setup`, { path: path('') });
    expect(done.json).toMatchObject({
      status: 'completed',
      currentStep: 'summary_download',
      platformDetails: '1.0',
    });
    const pdf = await call('GET', `${O}/setup/orderSummary`, { path: path('/orderSummary') });
    const text = latin1(pdf.bytes as Uint8Array);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    for (const answer of [
      'Kuwait \\(KW\\)',
      'Asia/Riyadh',
      'Platform: 1.0',
      'Telephony: External / third-party telephony via Webex Calling PSTN services',
      'Data center: Saudi Arabia',
    ])
      expect(text).toContain(answer);
    const xref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const cc = await call('GET', `${O}/contactCenter`, { path: org(WORLD.gulfCustomer, '/contactCenter') });
    expect(cc.json).toMatchObject({
      provisioned: true,
      platformDetails: '1.0',
      setUpContactCenter: { required: true, chatRequiresCustomerAdmin: true, performedAt: null },
    });
    // The 1.0 platform's follow-up action: the partner runs it (no chat), and it is no longer due.
    const tenant = await call('POST', `${O}/contactCenter/tenantSetup`, {
      path: org(WORLD.gulfCustomer, '/contactCenter/tenantSetup'),
      body: { chat: false },
    });
    expect(tenant.status).toBe(200);
    expect(tenant.json).toMatchObject({ setUpContactCenter: { required: false, chat: false } });
    const digital = await call('GET', `${O}/digitalServices`, {
      path: org(WORLD.gulfCustomer, '/digitalServices'),
    });
    expect(digital.json).toMatchObject({
      connect: { provisioned: true },
      partnerAdminsHaveEngageAccess: false,
    });
    const connect = await follow(ctx, 'Sign in to Webex Connect', 'khalid.trader@gulf-trading.example.com');
    const activated = await call('POST', '/onboarding/connect/activate', { body: connect.body, token: null });
    // The tenant is in the Saudi data center that serves Kuwait, and so is Connect (issue 17).
    expect(activated.json.tenantUrl).toBe('https://gulf-trading-co.sa.webexconnect.io');
    expect(digital.json.connect.tenantUrl).toBe('https://gulf-trading-co.sa.webexconnect.io');
  });

  it('has no time-zone step with CCAI; the Cisco PSTN add-on takes the US only and locks the telephony', async () => {
    const { call } = context();
    const ccai = org(WORLD.ccaiCustomer, '/setup');
    expect((await call('GET', `${O}/setup`, { path: ccai })).json.steps).not.toContain('time_zone');
    expect(
      (await call('PUT', `${O}/setup/timeZone`, { path: `${ccai}/timeZone`, body: { timeZone: 'UTC' } })).json
        .errors[0].reason,
    ).toBe('time_zone_not_applicable');
    const pstn = (rest: string) => org(WORLD.pstnCustomer, `/setup${rest}`);
    // The add-on is sold for the US only: another country is refused where it is chosen (issue 21).
    const canada = await call('PUT', `${O}/setup/country`, {
      path: pstn('/country'),
      body: { country: 'CA' },
    });
    expect(canada.status).toBe(422);
    expect(canada.json.errors[0]).toMatchObject({ reason: 'pstn_add_on_us_only', field: 'country' });
    expect((await call('GET', `${O}/setup`, { path: pstn('') })).json.answers.country).toBeNull();
    await call('PUT', `${O}/setup/country`, { path: pstn('/country'), body: { country: 'US' } });
    await call('POST', `${O}/setup/country/confirmation`, { path: pstn('/country/confirmation') });
    const platform = await call('PUT', `${O}/setup/platform`, {
      path: pstn('/platform'),
      body: { platform: 'new_platform' },
    });
    expect(platform.json).toMatchObject({
      telephonyLocked: true,
      telephonyLockedReason: 'cisco_pstn_add_on',
      answers: { telephony: 'webex_calling' },
    });
    const refused = await call('PUT', `${O}/setup/telephony`, {
      path: pstn('/telephony'),
      body: { telephony: 'third_party_via_webex_calling' },
    });
    expect(refused.json.errors[0].reason).toBe('telephony_locked');
    expect(
      (
        await call('PUT', `${O}/setup/telephony`, {
          path: pstn('/telephony'),
          body: { telephony: 'webex_calling' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await call('GET', `${O}/setup`, { path: org(WORLD.trialCustomer, '/setup') })).json.telephonyLocked,
    ).toBe(false);
  });

  it('applies the visibility rules per actor on the users page', async () => {
    const { call } = context();
    const berlin = org(WORLD.provisionedCustomer, '/users');
    const names = async (token: string, query = '') =>
      (await call('GET', `${O}/users`, { path: `${berlin}${query}`, token })).json.items.map(
        (u: { displayName: string }) => u.displayName,
      );
    const all = await names('customer-full-admin');
    expect(all).toEqual(
      expect.arrayContaining(['Carla Customer', 'Ella External', 'Olga Observer', 'Sam Okafor']),
    );
    const service = await names('customer-service-admin');
    expect(service).toEqual(
      expect.arrayContaining(['Steve Service', 'Sara Second', 'Sam Okafor', 'Anna Schmidt']),
    );
    expect(service).not.toContain('Carla Customer');
    expect(service).not.toContain('Rob Readonly');
    const external = await names('external-service-admin');
    expect(external).not.toContain('Ella External');
    expect(external).not.toContain('Olga Observer');
    // The partner's admins (Acme Telecom) hold their roles toward the customer through the partner.
    expect(await names('customer-full-admin', '?filter=external_admins')).toEqual([
      'Ella External',
      'Olga Observer',
      'Pat Partner',
      'Priya Raman',
      'Rita Reader',
      'Sam Okafor',
    ]);
    expect(await names('partner-provisioning-admin', '?filter=external_admins')).toHaveLength(6);
    expect(await names('customer-full-admin', '?filter=administrators&search=carla')).toEqual([
      'Carla Customer',
    ]);
    const paged = await call('GET', `${O}/users`, { path: `${berlin}?max=2&offset=1` });
    expect(paged.json.items).toHaveLength(2);
    expect(paged.json.totalCount).toBe(all.length);
    const readOnly = await call('GET', `${O}/users`, { path: berlin, token: 'customer-read-only-admin' });
    expect(readOnly.json.errors[0].reason).toBe('read_only_no_service_access');
    const carla = await call('GET', U, {
      path: user(
        WORLD.provisionedCustomer,
        (await call('GET', '/me', { token: 'customer-full-admin' })).json.id,
      ),
      token: 'customer-service-admin',
    });
    expect(carla.status).toBe(404);
  });

  it('adds, invites, licenses and removes users by the rules of §2.1', async () => {
    const ctx = context();
    const { call } = ctx;
    const users = org(WORLD.provisionedCustomer, '/users');
    const refused = await call('POST', `${O}/users`, {
      path: users,
      body: { email: 'new@berlin-bakery.example.com' },
      token: 'customer-service-admin',
    });
    expect(refused.json.errors[0].reason).toBe('user_management_not_allowed');
    const added = await call('POST', `${O}/users`, {
      path: users,
      body: {
        email: 'new@berlin-bakery.example.com',
        firstName: 'Nina',
        lastName: 'Neu',
        license: 'cc_premium',
      },
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({
      status: 'unverified',
      contactCenterLicense: 'cc_premium',
      relation: 'customer',
    });
    await follow(ctx, 'Get started', 'new@berlin-bakery.example.com');
    const userPath = user(WORLD.provisionedCustomer, added.json.id);
    const invited = await call('POST', `${U}/invitation`, {
      path: `${userPath}/invitation`,
      token: 'customer-service-admin',
    });
    expect(invited.json.email).toBe('new@berlin-bakery.example.com');
    const etag = (await call('GET', U, { path: userPath })).headers.get('etag') as string;
    const licensed = await call('PUT', `${U}/license`, {
      path: `${userPath}/license`,
      body: { license: 'cc_standard' },
      headers: { 'if-match': etag },
      token: 'customer-service-admin',
    });
    expect(licensed.json.contactCenterLicense).toBe('cc_standard');
    const stale = await call('PUT', `${U}/license`, {
      path: `${userPath}/license`,
      body: { license: null },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    expect(
      (await call('DELETE', U, { path: userPath, token: 'customer-service-admin' })).json.errors[0].reason,
    ).toBe('user_management_not_allowed');
    expect((await call('DELETE', U, { path: userPath })).status).toBe(204);
    const me = (await call('GET', '/me', { token: 'customer-standard-full-admin' })).json;
    await call('DELETE', U, { path: user(WORLD.provisionedCustomer, me.id) });
    const carla = (await call('GET', '/me', { token: 'customer-full-admin' })).json;
    const last = await call('DELETE', U, { path: user(WORLD.provisionedCustomer, carla.id) });
    expect(last.json.errors[0].reason).toBe('last_full_admin');
  });

  it('assigns admin roles by table 2 of §2.2: external service admins, own contact center, provisioning partners', async () => {
    const { call } = context();
    const admins = org(WORLD.provisionedCustomer, '/externalAdmins');
    const byExternal = await call('POST', `${O}/externalAdmins`, {
      path: admins,
      body: { email: 'xavier.new@contoso.example.com' },
      token: 'external-service-admin',
    });
    expect(byExternal.json.errors[0].reason).toBe('external_service_admin_customer_users_only');
    const ownCc = await call('POST', `${O}/externalAdmins`, {
      path: admins,
      body: { email: 'gina.globex@globex.example.com' },
    });
    expect(ownCc.json.errors[0].reason).toBe('target_org_has_contact_center');
    // Any org whose contact-center service is activated, a customer org of the same partner too.
    const setUpCustomer = await call('POST', `${O}/externalAdmins`, {
      path: org(WORLD.trialCustomer, '/externalAdmins'),
      body: { email: 'anna.schmidt@berlin-bakery.example.com' },
    });
    expect(setUpCustomer.status).toBe(403);
    expect(setUpCustomer.json.errors[0].reason).toBe('target_org_has_contact_center');
    const gulf = await call('GET', `${O}`, { path: org(WORLD.gulfCustomer) });
    expect(gulf.json.hasContactCenter).toBe(false);
    const notYetSetUp = await call('POST', `${O}/externalAdmins`, {
      path: admins,
      body: { email: 'khalid.trader@gulf-trading.example.com' },
    });
    expect(notYetSetUp.json).toMatchObject({ relation: 'external', adminRole: 'service_admin' });
    const partner = await call('POST', `${O}/externalAdmins`, {
      path: admins,
      body: { email: 'bo.bright@bright-partners.example.com' },
    });
    expect(partner.json.errors[0].reason).toBe('target_partner_has_provisioning_access');
    const added = await call('POST', `${O}/externalAdmins`, {
      path: admins,
      body: { email: 'xavier.new@contoso.example.com' },
      token: 'customer-service-admin',
    });
    expect(added.json).toMatchObject({ relation: 'external', adminRole: 'service_admin' });
    expect(
      (
        await call('POST', `${O}/externalAdmins`, {
          path: admins,
          body: { email: 'xavier.new@contoso.example.com' },
        })
      ).json.errors[0].reason,
    ).toBe('already_admin');

    const list = (
      await call('GET', `${O}/users`, { path: `${org(WORLD.provisionedCustomer, '/users')}?search=anna` })
    ).json.items;
    const anna = user(WORLD.provisionedCustomer, list[0].id);
    const options = await call('GET', `${U}/roleOptions`, {
      path: `${anna}/roleOptions`,
      token: 'customer-service-admin',
    });
    expect(options.json.options.find((o: { role: string }) => o.role === 'full_admin')).toMatchObject({
      allowed: false,
      reason: 'service_admin_assigns_only_service_admin',
    });
    const notAllowed = await call('PUT', `${U}/adminRole`, {
      path: `${anna}/adminRole`,
      body: { role: 'full_admin' },
      token: 'customer-service-admin',
    });
    expect(notAllowed.json.errors[0].reason).toBe('service_admin_assigns_only_service_admin');
    const byExternalToCustomer = await call('PUT', `${U}/adminRole`, {
      path: `${anna}/adminRole`,
      body: { role: 'service_admin' },
      token: 'external-service-admin',
    });
    expect(byExternalToCustomer.json).toMatchObject({
      previousRole: null,
      connectRole: 'tenant_owner',
      user: { adminRole: 'service_admin' },
    });
    const etag = byExternalToCustomer.headers.get('etag') as string;
    const full = await call('PUT', `${U}/adminRole`, {
      path: `${anna}/adminRole`,
      body: { role: 'full_admin' },
      headers: { 'if-match': etag },
    });
    expect(full.json.warnings[0].reason).toBe('standard_license_agent_only');
    const provisioning = await call('PUT', `${U}/adminRole`, {
      path: `${anna}/adminRole`,
      body: { role: 'provisioning_admin' },
    });
    expect(provisioning.status).toBe(403);
  });

  it('imports license changes from the CSV template; a bad file changes nothing', async () => {
    const { call, app } = context();
    const path = org(WORLD.provisionedCustomer, '/users/import');
    const template = await call('GET', `${O}/users/import/template`, { path: `${path}/template` });
    const csv = new TextDecoder().decode(template.bytes);
    expect(csv.split('\r\n')[0]).toBe(
      'User ID/Email (Required),First Name,Last Name,Display Name,User Status,Webex Contact Center Standard,Webex Contact Center',
    );
    const changed = csv.replace(
      'anna.schmidt@berlin-bakery.example.com,Anna,Schmidt,Anna Schmidt,verified,TRUE,FALSE',
      'anna.schmidt@berlin-bakery.example.com,Anna,Schmidt,Anna Schmidt,verified,FALSE,TRUE',
    );
    const dry = await call('POST', `${O}/users/import`, {
      path: `${path}?dryRun=true`,
      rawBody: changed,
      contentType: 'text/csv',
    });
    expect(dry.json).toMatchObject({ dryRun: true, applied: false, counts: { changed: 1, errors: 0 } });
    const before = app.store.snapshot();
    const bad = changed.replace('Ben Weber,verified,FALSE,TRUE', 'Ben Weber,verified,YES,TRUE');
    const refused = await call('POST', `${O}/users/import`, {
      path: `${path}?dryRun=false`,
      rawBody: bad,
      contentType: 'text/csv',
    });
    expect(refused.status).toBe(400);
    expect(
      refused.json.report.rows.find((r: { outcome: string }) => r.outcome === 'error').errors[0],
    ).toMatchObject({ reason: 'invalid_boolean', column: 'Webex Contact Center Standard' });
    expect(app.store.snapshot()).toBe(before);
    const renamed = changed.replace('Anna,Schmidt,Anna Schmidt', 'Anne,Schmidt,Anna Schmidt');
    expect(
      (
        await call('POST', `${O}/users/import`, {
          path: `${path}?dryRun=true`,
          rawBody: renamed,
          contentType: 'text/csv',
        })
      ).json.rows.find((r: { outcome: string }) => r.outcome === 'error').errors[0].reason,
    ).toBe('column_not_editable');
    const applied = await call('POST', `${O}/users/import`, {
      path: `${path}?dryRun=false`,
      rawBody: changed,
      contentType: 'text/csv',
    });
    expect(applied.json).toMatchObject({ applied: true, counts: { changed: 1 } });
    const anna = (
      await call('GET', `${O}/users`, { path: `${org(WORLD.provisionedCustomer, '/users')}?search=anna` })
    ).json.items[0];
    expect(anna.contactCenterLicense).toBe('cc_premium');
  });

  it('shows subscriptions, service status, digital services and renews an expired Connect invitation', async () => {
    const { call } = context();
    const trial = await call('GET', `${O}/subscriptions`, {
      path: org(WORLD.trialCustomer, '/subscriptions'),
    });
    expect(trial.json).toMatchObject({ trial: { trialId: 'trial_johns_pizza' }, subscription: null });
    const berlin = await call('GET', `${O}/subscriptions`, {
      path: org(WORLD.provisionedCustomer, '/subscriptions'),
    });
    expect(berlin.json.packages.find((p: { name: string }) => p.name === 'webex_calling')).toMatchObject({
      quantity: 50,
      assigned: 1,
    });
    expect(berlin.json.addOns.every((a: { orderable: boolean }) => !a.orderable)).toBe(true);
    const status = await call('GET', `${O}/serviceStatus`, {
      path: org(WORLD.provisionedCustomer, '/serviceStatus'),
    });
    expect(status.json.services.find((s: { service: string }) => s.service === 'meetings').status).toBe(
      'degraded',
    );
    const digital = await call('GET', `${O}/digitalServices`, {
      path: org(WORLD.provisionedCustomer, '/digitalServices'),
    });
    expect(digital.json.roleSync).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          controlHubRole: 'read_only_admin',
          connectRole: 'read_only',
          direction: 'control_hub_to_connect',
        }),
        expect.objectContaining({
          controlHubRole: 'read_only_admin',
          connectRole: 'limited',
          direction: 'connect_to_control_hub',
        }),
      ]),
    );
    const readOnly = await call('GET', `${O}/digitalServices`, {
      path: org(WORLD.provisionedCustomer, '/digitalServices'),
      token: 'customer-read-only-admin',
    });
    expect(readOnly.json.errors[0].reason).toBe('read_only_no_service_access');
    const steve = (await call('GET', '/me', { token: 'customer-service-admin' })).json.id;
    const invitation = user(WORLD.provisionedCustomer, steve, '/connectInvitation');
    const renewed = await call('POST', `${U}/connectInvitation`, { path: invitation });
    expect(renewed.json).toMatchObject({ expired: false, connectActivatedAt: null });
    expect((await call('POST', `${U}/connectInvitation`, { path: invitation })).json.errors[0].reason).toBe(
      'connect_activation_pending',
    );
    const onboarding = await call('GET', `${O}/onboarding`, {
      path: org(WORLD.provisionedCustomer, '/onboarding'),
    });
    expect(onboarding.json.connect).toMatchObject({ expired: false });
  });

  it('RPL through the control API: a reviewer approves a pending customer, a decided review cannot be decided again', async () => {
    const { call, origin } = context();
    const pending = (
      await call('GET', '/wholesale/customers', { path: '/wholesale/customers?externalId=ext-5' })
    ).json.items[0];
    const decide = (decision: string) =>
      fetch(`${origin}/_mock/rpl/${encodeURIComponent(pending.id)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ decision }),
      });
    expect((await decide('maybe')).status).toBe(400);
    const approved = await decide('approved');
    expect(await approved.json()).toMatchObject({
      status: 'provisioning',
      rplReview: { reviewStatus: 'approved' },
    });
    expect((await decide('denied')).status).toBe(409);
  });

  it('controls the mock: outbox, clock, faults, scenario and reset', async () => {
    const { call, origin } = context();
    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${origin}/_mock${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await (await control('GET', '/outbox')).json()).items.length).toBeGreaterThan(0);
    expect((await control('DELETE', '/outbox')).status).toBe(204);
    expect((await (await control('GET', '/outbox')).json()).items).toEqual([]);
    const before = (await (await control('GET', '/clock')).json()).epochMs;
    const after = await (await control('POST', '/clock/advance', { ms: 3_600_000 })).json();
    expect(after.epochMs - before).toBeGreaterThanOrEqual(3_600_000);
    expect((await control('POST', '/clock/advance', { ms: -1 })).status).toBe(400);
    expect((await control('PUT', '/faults', { route: 'getMe', rule: { forceStatus: 503 } })).status).toBe(
      200,
    );
    expect((await call('GET', '/me')).status).toBe(503);
    expect((await control('PUT', '/faults', { rule: { forceStatus: 418 } })).status).toBe(400);
    expect((await control('DELETE', '/faults')).status).toBe(204);
    expect((await call('GET', '/me')).status).toBe(200);
    expect((await (await control('POST', '/scenario', { name: 'empty' })).json()).scenario).toBe('empty');
    expect((await call('GET', '/wholesale/customers')).json.items).toEqual([]);
    expect((await control('POST', '/scenario', { name: 'nope' })).status).toBe(400);
    await control('POST', '/scenario', { name: 'default' });
    expect((await call('GET', '/wholesale/customers')).json.items.length).toBeGreaterThan(0);
    expect((await (await control('GET', '/tokens')).json()).items.length).toBe(12);
    expect((await control('POST', '/reset')).status).toBe(200);
  });
}
