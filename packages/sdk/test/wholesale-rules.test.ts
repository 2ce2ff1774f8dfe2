import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../src/index.js';
import { clientFor, newCustomer, recordingClock, useTestServer } from './helpers.js';

// Seed 002's rules through the SDK against the standalone mock (time frozen; the SDK's injected
// clock moves the mock's virtual clock while it polls).
const server = useTestServer();

const partner = () => clientFor(server, { clock: recordingClock((ms) => server.app.clock.advance(ms)) });

describe('wholesale rules of seed 002 through the SDK', () => {
  it("the first full admin holds the customer's package level and cannot be moved below it", async () => {
    const { client } = partner();
    const customer = await client.customers.createAndWait(
      newCustomer('Level Co', {
        packages: ['webex_calling', 'webex_suite'],
        customerInfo: { name: 'Level Co', primaryEmail: 'owner@level.example.com' },
      }),
    );
    expect(customer).toMatchObject({ status: 'provisioned', adminPackage: 'webex_suite' });
    const subscribers = [];
    for await (const subscriber of client.subscribers.list({ customerId: customer.id as string }))
      subscribers.push(subscriber);
    const [admin] = subscribers;
    expect(admin).toMatchObject({ email: 'owner@level.example.com', package: 'webex_suite' });
    const refused = await client.subscribers
      .update(admin?.id as string, { packages: ['webex_calling'] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({ status: 409, reason: 'admin_package_downgrade' });
    expect((refused as ConflictError).fieldErrors.packages?.[0]).toMatch(/downgrading is not supported/);
  });

  it('answers the call-in number in E.164, for a country outside the catalogue too', async () => {
    const { client } = partner();
    const customer = await client.customers.createAndWait(
      newCustomer('Quito Co', {
        address: { addressLine1: 'Av. Amazonas 1', city: 'Quito', country: 'EC' },
      }),
    );
    expect(customer.defaultCallInNumber).toMatchObject({
      number: '+14155550100',
      countryCode: '+1',
      source: 'location_default',
      location: 'AMER',
    });
  });

  it('refuses a billing country that is not an ISO 3166-1 code, on its field', async () => {
    const { client } = partner();
    const error = await client.customers
      .create(newCustomer('Nowhere', { address: { addressLine1: '1 Rd', city: 'Atlantis', country: 'XX' } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, reason: 'unknown_country' });
    expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(['address.country']);
  });
});
