import { expect, it } from 'vitest';
import type { MockApp } from '../src/core/app.js';
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
      const save = await call('PUT', `${O}/setup/country`, { path: `${setupPath}/country`, token, body: { country: 'US' } });
      expect([save.status, save.json.errors[0].reason]).toEqual([403, 'account_not_activated']);
    };
    await refused();
    const permissions = await call('GET', `${O}/permissions`, { path: org(WORLD.trialCustomer, '/permissions'), token });
    for (const action of permissions.json.actions)
      expect(action).toMatchObject({ allowed: false, reason: 'account_not_activated' });
    // Observable by the partner, step by step (DOMAIN §1.1).
    const onboarding = () => call('GET', `${O}/onboarding`, { path: org(WORLD.trialCustomer, '/onboarding') });
    expect((await onboarding()).json.customerAdmin).toMatchObject({ active: false, nextStep: 'get_started' });
    const started = await call('POST', '/onboarding/getStarted', { body: { token: 'wel_johns_pizza' }, token: null });
    await refused();
    const password = await call('POST', '/onboarding/password', {
      body: { token: started.json.setPasswordToken, password: 'Correct-Horse-9' },
      token: null,
    });
    await refused();
    expect((await onboarding()).json.customerAdmin).toMatchObject({ active: false, nextStep: 'accept_terms' });
    await call('POST', '/onboarding/terms', { body: { token: password.json.acceptTermsToken, accepted: true }, token: null });
    expect((await onboarding()).json.customerAdmin).toMatchObject({ active: true, nextStep: 'done' });
    expect((await call('GET', `${O}/setup`, { path: setupPath, token })).status).toBe(200);
  });
}
