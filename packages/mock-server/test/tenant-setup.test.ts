import { describe, expect, it } from 'vitest';
import { createMockApp, type MockApp } from '../src/app/app.js';
import { WORLD } from '../src/store/seed-world.js';
import { send } from './world.js';

// "Set up Webex Contact Center" (seed 000, DOMAIN §1.2, decisions/0042) over the core, every refusal.

const BERLIN = WORLD.provisionedCustomer;
const path = (orgId = BERLIN) => `/organizations/${encodeURIComponent(orgId)}/contactCenter`;
const setUp = (app: MockApp, body: unknown, token = 'customer-full-admin', orgId = BERLIN) =>
  send(app, 'POST', `${path(orgId)}/tenantSetup`, body, token);
const reason = (answer: { body?: unknown }) =>
  (answer.body as { errors: { reason: string }[] }).errors[0]?.reason;

/** Berlin Bakery's completed setup, on the 1.0 platform (the seed's tenant is on the new one). */
function classicApp(): MockApp {
  const app = createMockApp({ speed: 0 });
  const setup = app.store.setups.get(BERLIN);
  if (!setup) throw new Error('Berlin Bakery has no setup in the seed');
  const answers = { ...setup.state.answers, platform: '1.0' as const };
  app.store.setups.set(BERLIN, { ...setup, state: { ...setup.state, answers } });
  return app;
}

describe('POST /organizations/{orgId}/contactCenter/tenantSetup', () => {
  it('is reported as required, and no longer once the partner ran it without chat', async () => {
    const app = classicApp();
    const before = await send(app, 'GET', path());
    expect(before.body).toMatchObject({
      platformDetails: '1.0',
      setUpContactCenter: { required: true, performedAt: null, chat: false },
    });
    app.clock.advance(60_000);
    const done = await setUp(app, { chat: false }, 'partner-full-admin');
    expect(done.status).toBe(200);
    const performedAt = new Date(app.clock.now()).toISOString();
    expect(done.body).toMatchObject({ setUpContactCenter: { required: false, performedAt, chat: false } });
    const after = await send(app, 'GET', path(), undefined, 'customer-service-admin');
    expect(after.body).toMatchObject({ setUpContactCenter: { required: false, performedAt, chat: false } });
  });

  it("with chat, the customer's full admin runs it; the partner's admins are refused with the reason", async () => {
    const app = classicApp();
    for (const token of ['partner-full-admin', 'partner-provisioning-admin']) {
      const refused = await setUp(app, { chat: true }, token);
      expect([refused.status, reason(refused)]).toEqual([403, 'chat_requires_customer_admin']);
    }
    const done = await setUp(app, { chat: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ setUpContactCenter: { required: false, chat: true } });
  });

  it('after a run without chat, the customer admin may add chat once; then it is set up', async () => {
    const app = classicApp();
    expect((await setUp(app, { chat: false }, 'partner-full-admin')).status).toBe(200);
    const again = await setUp(app, { chat: false });
    expect([again.status, reason(again)]).toEqual([409, 'tenant_already_set_up']);
    const partnerChat = await setUp(app, { chat: true }, 'partner-full-admin');
    expect([partnerChat.status, reason(partnerChat)]).toEqual([403, 'chat_requires_customer_admin']);
    expect((await setUp(app, { chat: true })).status).toBe(200);
    const twice = await setUp(app, { chat: true });
    expect([twice.status, reason(twice)]).toEqual([409, 'tenant_already_set_up']);
  });

  it.each([
    ['customer-service-admin', 'setup_wizard_not_allowed'],
    ['customer-read-only-admin', 'read_only_no_service_access'],
    ['partner-read-only-admin', 'setup_wizard_not_allowed'],
    ['customer-standard-full-admin', 'standard_license_agent_only'],
    ['external-full-admin', 'setup_wizard_not_allowed'],
  ])('refuses %s with 403 %s, and changes nothing', async (token, expected) => {
    const app = classicApp();
    const before = app.store.snapshot();
    const refused = await setUp(app, { chat: false }, token);
    expect([refused.status, reason(refused)]).toEqual([403, expected]);
    expect(app.store.snapshot()).toBe(before);
  });

  it('refuses a tenant on the new platform, and a setup that has not completed', async () => {
    const app = createMockApp();
    const modern = await setUp(app, { chat: false });
    expect([modern.status, reason(modern)]).toEqual([409, 'classic_platform_only']);
    const failed = await setUp(app, { chat: false }, 'partner-full-admin', WORLD.failedCustomer);
    expect([failed.status, reason(failed)]).toEqual([409, 'setup_not_completed']);
    const provisioning = await setUp(app, { chat: false }, 'partner-full-admin', WORLD.provisioningCustomer);
    expect([provisioning.status, reason(provisioning)]).toEqual([409, 'setup_not_completed']);
  });

  it('refuses a missing or malformed body with the field, and an unknown org with 404', async () => {
    const app = classicApp();
    const missing = await setUp(app, {});
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ errors: [{ field: 'chat', reason: 'required' }] });
    const wrong = await setUp(app, { chat: 'yes' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ errors: [{ field: 'chat', reason: 'invalid_type' }] });
    const unknown = await setUp(app, { chat: false }, 'partner-full-admin', 'no-such-org');
    expect([unknown.status, reason(unknown)]).toEqual([404, 'not_found']);
  });

  it('keeps the run in the state that is saved and loaded again', async () => {
    const app = classicApp();
    expect((await setUp(app, { chat: true })).status).toBe(200);
    const reloaded = createMockApp();
    reloaded.store.load(JSON.parse(app.store.snapshot()));
    const details = await send(reloaded, 'GET', path());
    expect(details.body).toMatchObject({ setUpContactCenter: { required: false, chat: true } });
  });
});
