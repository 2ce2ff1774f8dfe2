/**
 * React to an RPL review: a customer whose name is on the restricted parties list waits in
 * `pending_rpl_review` until a human approves (then it provisions) or denies it (then `error`).
 *
 *   onramp-mock --port 4010 &
 *   node dist/examples/rpl-review.js
 *
 * The mock lists names containing `rpl-listed` and approves them after 15–60 virtual minutes
 * (about 15–60 real seconds at the mock's default speed ×60).
 */
import { ProvisioningFailedError } from '@onramp/sdk';
import { onramp, runId } from './env.js';

// By default a wait stops at the review: a person decides, within 72 hours.
const customer = await onramp.customers.createAndWait({
  provisioningId: `prov-rpl-${runId}`,
  externalId: `crm-rpl-${runId}`,
  packages: ['webex_calling'],
  address: { addressLine1: '5 Harbour Road', city: 'Dover', zipOrPostalCode: 'CT16 1JA', country: 'GB' },
  customerInfo: { name: `Acme rpl-listed Trading ${runId}`, primaryEmail: `owner-${runId}@acme.example.com` },
});
console.log(`status: ${customer.status}`);

if (customer.status === 'pending_rpl_review') {
  const review = customer.rplReview;
  console.log(`review: ${review?.reviewStatus}, deadline ${review?.reviewDeadline}`);
  // Tell your CRM, then keep watching (here in-process; a job queue could call waitFor later).
  try {
    const settled = await onramp.customers.waitFor(customer.id ?? '', {
      rplReview: 'wait',
      timeoutMs: 73 * 3_600_000,
      maxIntervalMs: 60_000,
      onStatus: (status, current) =>
        console.log(`status: ${status} (review ${current.rplReview?.reviewStatus})`),
    });
    console.log(`done: ${settled.status}`);
  } catch (error) {
    if (!(error instanceof ProvisioningFailedError)) throw error;
    console.log('done: the review denied the customer');
  }
}
