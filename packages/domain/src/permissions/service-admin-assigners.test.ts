import { describe, expect, it } from 'vitest';
import { actor, type Expected, outcome, user } from '../../test/fixtures.js';
import type { AdminRole, OrgRelation } from '../vocabulary.js';
import { can } from './can.js';
import {
  type AssignerCell,
  SERVICE_ADMIN_ASSIGNERS,
  serviceAdminTargetsFor,
} from './service-admin-assigners.js';

// DOMAIN §2.2, table 2, typed out from the seed: who may assign or revoke the service-admin role.
describe('table 2 as data', () => {
  it.each<[AdminRole, OrgRelation, AssignerCell]>([
    ['full_admin', 'customer', ['customer', 'external']],
    ['full_admin', 'partner', ['customer', 'external']],
    ['full_admin', 'external', ['customer', 'external']],
    ['service_admin', 'customer', ['customer', 'external']],
    ['service_admin', 'partner', 'not_applicable'],
    ['service_admin', 'external', ['customer']],
    // "Provisioning and read-only admins may do neither."
    ['provisioning_admin', 'partner', []],
    ['read_only_admin', 'customer', []],
    ['read_only_admin', 'partner', []],
    ['read_only_admin', 'external', []],
  ])('%s in the %s org may give the role to users of: %j', (role, relation, expected) => {
    expect(SERVICE_ADMIN_ASSIGNERS[role][relation]).toEqual(expected);
  });

  it('a not-applicable cell has no targets', () => {
    expect(serviceAdminTargetsFor('service_admin', 'partner')).toEqual([]);
  });
});

describe('table 2 as behaviour: assigning and revoking the service-admin role', () => {
  // Columns: the target user's org.
  it.each<[AdminRole, OrgRelation, Expected, Expected]>([
    //  assigner            org          customer user  external user
    ['full_admin', 'customer', 'allowed', 'allowed'],
    ['full_admin', 'partner', 'allowed', 'allowed'],
    ['full_admin', 'external', 'allowed', 'allowed'],
    ['service_admin', 'customer', 'allowed', 'allowed'],
    ['service_admin', 'partner', 'role_not_applicable', 'role_not_applicable'],
    ['service_admin', 'external', 'allowed', 'external_service_admin_customer_users_only'],
    ['provisioning_admin', 'partner', 'insufficient_role', 'insufficient_role'],
    ['read_only_admin', 'partner', 'read_only', 'read_only'],
    ['read_only_admin', 'external', 'read_only', 'read_only'],
    ['read_only_admin', 'customer', 'read_only_no_service_access', 'read_only_no_service_access'],
  ])('%s of the %s org → customer user: %s, external user: %s', (role, relation, toCustomer, toExternal) => {
    const assigner = actor(role, relation);
    for (const change of ['assign_role', 'revoke_role'] as const) {
      const roles: AdminRole[] = change === 'revoke_role' ? ['service_admin'] : [];
      expect(outcome(can(assigner, change, { role: 'service_admin', user: user('customer', roles) }))).toBe(
        toCustomer,
      );
      expect(outcome(can(assigner, change, { role: 'service_admin', user: user('external', roles) }))).toBe(
        toExternal,
      );
    }
  });

  it('nobody gives the service-admin role to a partner-org user (table 1: not applicable there)', () => {
    const partnerUser = user('partner');
    expect(
      outcome(
        can(actor('full_admin', 'customer'), 'assign_role', { role: 'service_admin', user: partnerUser }),
      ),
    ).toBe('role_not_applicable');
  });
});
