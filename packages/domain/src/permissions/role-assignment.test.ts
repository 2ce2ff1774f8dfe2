import { describe, expect, it } from 'vitest';
import { actor, type Expected, outcome, user } from '../../test/fixtures.js';
import type { AdminRole, OrgRelation } from '../vocabulary.js';
import { can } from './can.js';

describe('the two "always" restrictions on who receives the service-admin role', () => {
  const assigners = [
    actor('full_admin', 'customer'),
    actor('full_admin', 'partner'),
    actor('service_admin', 'customer'),
  ];

  it.each(assigners)(
    '$role of the $relation org: not to a user of an external org with contact center',
    (assigner) => {
      const target = user('external', [], { orgHasContactCenter: true });
      expect(outcome(can(assigner, 'assign_role', { role: 'service_admin', user: target }))).toBe(
        'target_org_has_contact_center',
      );
    },
  );

  it.each(assigners)(
    '$role of the $relation org: not to a user of a partner with provisioning access',
    (assigner) => {
      const target = user('external', [], { orgIsPartnerWithProvisioningAccess: true });
      expect(outcome(can(assigner, 'assign_role', { role: 'service_admin', user: target }))).toBe(
        'target_partner_has_provisioning_access',
      );
    },
  );

  it('the flags describe external orgs only: a customer-org user is not refused for them', () => {
    const target = user('customer', [], {
      orgHasContactCenter: true,
      orgIsPartnerWithProvisioningAccess: true,
    });
    expect(
      outcome(can(actor('full_admin', 'customer'), 'assign_role', { role: 'service_admin', user: target })),
    ).toBe('allowed');
  });

  it('decision: revoking stays possible, so access can always be taken away', () => {
    const target = user('external', ['service_admin'], { orgHasContactCenter: true });
    expect(
      outcome(can(actor('full_admin', 'customer'), 'revoke_role', { role: 'service_admin', user: target })),
    ).toBe('allowed');
  });
});

describe('a service admin assigns or revokes only the service-admin role', () => {
  it.each<[OrgRelation, AdminRole]>([
    ['customer', 'full_admin'],
    ['customer', 'read_only_admin'],
    ['external', 'full_admin'],
    ['external', 'read_only_admin'],
  ])('a %s-org service admin cannot give %s', (relation, role) => {
    const serviceAdmin = actor('service_admin', relation);
    expect(outcome(can(serviceAdmin, 'assign_role', { role, user: user('customer') }))).toBe(
      'service_admin_assigns_only_service_admin',
    );
    expect(outcome(can(serviceAdmin, 'revoke_role', { role, user: user('customer', [role]) }))).toBe(
      'service_admin_assigns_only_service_admin',
    );
  });

  it('an external service admin cannot add another external service admin', () => {
    expect(
      outcome(
        can(actor('service_admin', 'external'), 'assign_role', {
          role: 'service_admin',
          user: user('external'),
        }),
      ),
    ).toBe('external_service_admin_customer_users_only');
  });
});

describe('kit decision: full admins assign full admin and read-only admin to customer-org users', () => {
  it.each<[OrgRelation, AdminRole, OrgRelation, Expected, Expected]>([
    ['customer', 'full_admin', 'customer', 'allowed', 'allowed'],
    ['partner', 'full_admin', 'customer', 'allowed', 'allowed'],
    ['external', 'full_admin', 'customer', 'allowed', 'allowed'],
    ['customer', 'read_only_admin', 'customer', 'allowed', 'allowed'],
    ['partner', 'read_only_admin', 'customer', 'allowed', 'allowed'],
    ['external', 'read_only_admin', 'customer', 'allowed', 'allowed'],
    // Decision 0006: given only to customer-org users, but revocable from external users.
    ['customer', 'full_admin', 'external', 'role_not_applicable', 'allowed'],
    ['customer', 'read_only_admin', 'external', 'role_not_applicable', 'allowed'],
    ['partner', 'read_only_admin', 'external', 'role_not_applicable', 'allowed'],
    ['external', 'read_only_admin', 'external', 'role_not_applicable', 'allowed'],
    ['partner', 'read_only_admin', 'partner', 'role_not_applicable', 'role_not_applicable'],
  ])(
    'a %s-org full admin gives %s to a %s-org user: %s; revokes it: %s',
    (relation, role, targetRelation, give, revoke) => {
      const fullAdmin = actor('full_admin', relation);
      expect(outcome(can(fullAdmin, 'assign_role', { role, user: user(targetRelation) }))).toBe(give);
      expect(outcome(can(fullAdmin, 'revoke_role', { role, user: user(targetRelation, [role]) }))).toBe(
        revoke,
      );
    },
  );

  it('decision 0045: a service admin still cannot take a read-only role from an external user', () => {
    const observer = user('external', ['read_only_admin']);
    expect(
      outcome(
        can(actor('service_admin', 'customer'), 'revoke_role', { role: 'read_only_admin', user: observer }),
      ),
    ).toBe('service_admin_assigns_only_service_admin');
  });

  it('the last full admin of the customer org cannot lose the role', () => {
    const last = user('customer', ['full_admin'], { isLastFullAdmin: true });
    expect(
      outcome(can(actor('full_admin', 'partner'), 'revoke_role', { role: 'full_admin', user: last })),
    ).toBe('last_full_admin');
    expect(
      outcome(can(actor('full_admin', 'partner'), 'assign_role', { role: 'full_admin', user: last })),
    ).toBe('allowed');
  });

  it('the provisioning admin role is never given in the customer org: role_not_applicable', () => {
    for (const relation of ['customer', 'partner', 'external'] as const) {
      for (const change of ['assign_role', 'revoke_role'] as const)
        expect(
          outcome(
            can(actor('full_admin', 'partner'), change, {
              role: 'provisioning_admin',
              user: user(relation, change === 'revoke_role' ? ['provisioning_admin'] : []),
            }),
          ),
        ).toBe('role_not_applicable');
    }
  });
});

describe('add external admin (DOMAIN §2.2, §2.3): an action of its own for /permissions', () => {
  it.each<[AdminRole, OrgRelation, Expected]>([
    ['full_admin', 'customer', 'allowed'],
    ['full_admin', 'partner', 'allowed'],
    ['full_admin', 'external', 'allowed'],
    ['service_admin', 'customer', 'allowed'],
    ['service_admin', 'external', 'external_service_admin_customer_users_only'],
    ['provisioning_admin', 'partner', 'insufficient_role'],
    ['read_only_admin', 'partner', 'read_only'],
    ['read_only_admin', 'customer', 'read_only_no_service_access'],
  ])('%s of the %s org: %s', (role, relation, expected) => {
    expect(outcome(can(actor(role, relation), 'add_external_admin'))).toBe(expected);
  });
});

describe('general capability (no role or user given), for showing a control at all', () => {
  it.each<[AdminRole, OrgRelation, Expected]>([
    ['full_admin', 'customer', 'allowed'],
    ['service_admin', 'external', 'allowed'],
    ['provisioning_admin', 'partner', 'insufficient_role'],
    ['read_only_admin', 'partner', 'read_only'],
  ])('%s of the %s org: %s', (role, relation, expected) => {
    expect(outcome(can(actor(role, relation), 'assign_role'))).toBe(expected);
  });

  it('with a role but no user, the role rules already apply', () => {
    expect(outcome(can(actor('service_admin', 'customer'), 'assign_role', { role: 'full_admin' }))).toBe(
      'service_admin_assigns_only_service_admin',
    );
    expect(outcome(can(actor('service_admin', 'customer'), 'assign_role', { role: 'service_admin' }))).toBe(
      'allowed',
    );
  });
});
