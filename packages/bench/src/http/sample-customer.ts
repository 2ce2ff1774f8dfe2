/**
 * The wholesale customer every bench create sends (a US address with the state and ZIP code the US
 * rules require); `[<id>]` in `externalId` is replaced by a unique id per request where a run needs it.
 */
export const BENCH_CUSTOMER = {
  provisioningId: 'bench-provisioning',
  packages: ['webex_calling'],
  externalId: 'bench-[<id>]',
  address: {
    addressLine1: '1 Main St',
    city: 'Austin',
    stateOrProvince: 'TX',
    zipOrPostalCode: '78701',
    country: 'US',
  },
};
