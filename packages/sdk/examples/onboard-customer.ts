/**
 * Onboard a wholesale customer end to end: precheck, provision and wait, add subscribers, read back.
 *
 *   onramp-mock --port 4010 &            # or any base URL in ONRAMP_BASE_URL
 *   node dist/examples/onboard-customer.js
 */
import type { BillingAddress, ProvisionCustomerRequest } from '@onramp/sdk';
import { onramp, runId } from './env.js';

const address: BillingAddress = {
  addressLine1: '771 Alder Drive',
  city: 'Milpitas',
  stateOrProvince: 'CA',
  zipOrPostalCode: '95035',
  country: 'US',
};
const order: ProvisionCustomerRequest = {
  provisioningId: `prov-${runId}`,
  externalId: `crm-${runId}`,
  packages: ['webex_calling', 'webex_meetings'],
  address,
  customerInfo: { name: "John's Pizza", primaryEmail: `owner-${runId}@johns-pizza.example.com` },
  provisioningParameters: { packages: { limits: { webex_calling: 10, webex_meetings: 10 } } },
};

// 1. Ask first: a precheck finds a bad address or a taken e-mail before anything is created.
const precheck = await onramp.customers.precheck({
  address,
  packages: order.packages,
  customerInfo: order.customerInfo,
});
console.log(`precheck: ${precheck.message}`);

// 2. Provision and wait. The create carries an Idempotency-Key, so a retried create never duplicates.
const customer = await onramp.customers.createAndWait(order, {
  timeoutMs: 5 * 60_000,
  onStatus: (status) => console.log(`status: ${status}`),
});
console.log(`customer ${customer.id} is ${customer.status}`);
console.log(`default call-in number: ${customer.defaultCallInNumber?.number ?? 'none'}`);

// 3. Add subscribers, one package each.
for (const [email, pkg] of [
  [`anna-${runId}@johns-pizza.example.com`, 'webex_calling'],
  [`ben-${runId}@johns-pizza.example.com`, 'webex_meetings'],
] as const) {
  const subscriber = await onramp.subscribers.create({
    customerId: customer.id ?? '',
    email,
    package: pkg,
    provisioningParameters: { firstName: email.split('-')[0] },
  });
  console.log(`subscriber ${subscriber.email}: ${subscriber.package} (${subscriber.status})`);
}

// 4. Read back: every subscriber of the customer, across pages.
let count = 0;
for await (const _ of onramp.subscribers.list({ customerId: customer.id ?? '', max: 1 })) count++;
console.log(`done: ${count} subscribers`);
