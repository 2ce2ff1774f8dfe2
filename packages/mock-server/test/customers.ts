/**
 * The sample wholesale customer the mock's tests create. Its billing address is in Austin, TX: a US
 * address with the state and ZIP code the US rules require (decisions/0007).
 */
export const US_ADDRESS = {
  addressLine1: '1 Main St',
  city: 'Austin',
  stateOrProvince: 'TX',
  zipOrPostalCode: '78701',
  country: 'US',
};

/** A new customer's body; `n` makes its ids, name and e-mail its own. */
export const newCustomer = (n: string, extra: Record<string, unknown> = {}) => ({
  provisioningId: `prov-${n}`,
  packages: ['webex_calling', 'webex_meetings'],
  externalId: `ext-new-${n}`,
  address: { ...US_ADDRESS },
  customerInfo: { name: `New Customer ${n}`, primaryEmail: `admin@${n}.example.com` },
  provisioningParameters: { packages: { limits: { webex_calling: 1 } } },
  ...extra,
});
