import type { Me } from '@onramp/contract';
import { describe, expect, it } from 'vitest';
import { mayManageWholesale } from './panel-api.js';

const me = (patch: Partial<Me>): Me => ({
  id: 'u1',
  email: 'a@example.com',
  firstName: 'A',
  lastName: 'B',
  displayName: 'A B',
  orgId: 'o1',
  orgName: 'Org',
  orgKind: 'partner',
  adminRole: 'full_admin',
  provisioningAdmin: false,
  licenses: [],
  contactCenterLicense: null,
  ...patch,
});

// Who may change a wholesale customer's billing address: the domain's `manage_wholesale` (DOMAIN §3).
describe('mayManageWholesale', () => {
  it.each<[string, Partial<Me>, boolean]>([
    ['a partner full admin', {}, true],
    ['a partner provisioning admin', { adminRole: 'provisioning_admin', provisioningAdmin: true }, true],
    [
      'a partner read-only admin who is also a provisioning admin',
      { adminRole: 'read_only_admin', provisioningAdmin: true },
      true,
    ],
    ['a partner read-only admin', { adminRole: 'read_only_admin' }, false],
    ['a partner user without a role', { adminRole: null }, false],
    ['a customer full admin', { orgKind: 'customer' }, false],
    ['an external full admin', { orgKind: 'external' }, false],
  ])('%s → %s', (_, patch, allowed) => {
    expect(mayManageWholesale(me(patch))).toBe(allowed);
  });
});
