import { expect, it } from 'vitest';
import type { MockApp } from '../src/core/app.js';
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
}
