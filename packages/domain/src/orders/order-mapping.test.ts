import { describe, expect, it } from 'vitest';
import { type MappingTarget, orderMappingRefusal } from './order-mapping.js';

const order = { orderReference: 'CCW-1', ciscoPstnAddOn: false };
const pstnOrder = { orderReference: 'CCW-2', ciscoPstnAddOn: true };
const existing = (over: Partial<Extract<MappingTarget, { kind: 'existing' }>> = {}): MappingTarget => ({
  kind: 'existing',
  name: 'Berlin Bakery',
  setupStatus: 'not_started',
  confirmedCountry: null,
  replaceSubscription: false,
  ...over,
});

describe('orderMappingRefusal', () => {
  it('maps to a new customer, or to one whose setup has not completed', () => {
    expect(orderMappingRefusal(order, 'DE', { kind: 'new' })).toBeNull();
    for (const setupStatus of ['not_started', 'in_progress', 'failed', null] as const)
      expect(orderMappingRefusal(order, 'DE', existing({ setupStatus }))).toBeNull();
  });

  it('refuses a customer whose services are set up unless the replacement is confirmed', () => {
    expect(orderMappingRefusal(order, 'DE', existing({ setupStatus: 'completed' }))).toMatchObject({
      code: 'customer_already_set_up',
      status: 409,
      field: 'replaceSubscription',
    });
    expect(
      orderMappingRefusal(
        order,
        'DE',
        existing({ setupStatus: 'completed', confirmedCountry: 'DE', replaceSubscription: true }),
      ),
    ).toBeNull();
  });

  it('refuses a customer whose setup is provisioning, even confirmed', () => {
    const target = existing({ setupStatus: 'provisioning', replaceSubscription: true });
    expect(orderMappingRefusal(order, 'US', target)?.code).toBe('setup_not_editable');
  });

  it('refuses a country other than the confirmed country of operation', () => {
    const target = existing({ setupStatus: 'in_progress', confirmedCountry: 'DE' });
    expect(orderMappingRefusal(order, 'FR', target)).toMatchObject({
      code: 'country_locked',
      field: 'country',
    });
    expect(orderMappingRefusal(order, 'de', target)).toBeNull();
  });

  it('refuses an order with the Cisco PSTN add-on outside the United States (seed 000)', () => {
    expect(orderMappingRefusal(pstnOrder, 'DE', { kind: 'new' })).toMatchObject({
      code: 'pstn_add_on_us_only',
      status: 422,
      field: 'country',
    });
    expect(orderMappingRefusal(pstnOrder, 'US', { kind: 'new' })).toBeNull();
    expect(orderMappingRefusal(pstnOrder, 'US', existing({ confirmedCountry: 'US' }))).toBeNull();
    expect(orderMappingRefusal(pstnOrder, 'GB', existing())?.code).toBe('pstn_add_on_us_only');
  });
});
