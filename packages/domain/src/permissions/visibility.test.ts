import { describe, expect, it } from 'vitest';
import { actor, user } from '../../test/fixtures.js';
import type { AdminRole, OrgRelation } from '../vocabulary.js';
import { adminVisibility, canSee, visibleAdmins } from './visibility.js';

// The admins of one customer org, as the Users page lists them.
const ADMINS = [
  user('customer', ['full_admin']),
  user('customer', ['service_admin']),
  user('customer', ['read_only_admin']),
  user('partner', ['full_admin']),
  user('partner', ['provisioning_admin']),
  user('external', ['service_admin']),
  user('external', ['read_only_admin']),
  user('external', ['full_admin']),
];
const NAMES = ADMINS.map((admin) => `${admin.relation}:${admin.roles.join('+')}`);

describe('visibleAdmins: which admins each actor sees', () => {
  it.each<[AdminRole, OrgRelation, string[]]>([
    ['full_admin', 'customer', NAMES],
    ['full_admin', 'partner', NAMES],
    // §2.3: only other service admins are visible to a service admin.
    ['service_admin', 'customer', ['customer:service_admin', 'external:service_admin']],
    // §2.2: an external service admin sees no external admin other than service admins.
    ['service_admin', 'external', ['customer:service_admin', 'external:service_admin']],
    // Table 1: the provisioning admin only views the list of (other) external admins.
    [
      'provisioning_admin',
      'partner',
      [
        'partner:full_admin',
        'partner:provisioning_admin',
        'external:service_admin',
        'external:read_only_admin',
        'external:full_admin',
      ],
    ],
    ['read_only_admin', 'partner', NAMES],
    ['read_only_admin', 'customer', []],
  ])('%s of the %s org sees %j', (role, relation, expected) => {
    const seen = visibleAdmins(actor(role, relation), ADMINS);
    expect(seen.map((admin) => `${admin.relation}:${admin.roles.join('+')}`)).toEqual(expected);
  });
});

describe('canSee', () => {
  it('users without admin role are visible to whoever may view the users (service admin: all users)', () => {
    expect(canSee(actor('service_admin', 'customer'), user('customer'))).toBe(true);
    expect(canSee(actor('provisioning_admin', 'partner'), user('customer'))).toBe(false);
  });

  it('a refusal names the rule', () => {
    expect(
      adminVisibility(actor('service_admin', 'customer'), user('customer', ['full_admin'])),
    ).toMatchObject({
      allowed: false,
      reason: 'insufficient_role',
      message: expect.stringContaining('only other service admins'),
    });
    expect(adminVisibility(actor('full_admin', 'customer', ['cc_standard']), user('customer'))).toMatchObject(
      {
        reason: 'standard_license_agent_only',
      },
    );
  });
});
