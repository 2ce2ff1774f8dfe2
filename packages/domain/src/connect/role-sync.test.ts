import { describe, expect, it } from 'vitest';
import type { AdminRole, ConnectRole, OrgRelation } from '../vocabulary.js';
import { connectRoleFor, controlHubRoleFor, hasWebexEngageAccess } from './role-sync.js';

// DOMAIN §1.4, both tables typed out.
describe('Control Hub right → role given in Connect', () => {
  it.each<[AdminRole, ConnectRole]>([
    ['full_admin', 'tenant_owner'],
    ['service_admin', 'tenant_owner'],
    ['read_only_admin', 'read_only'],
  ])('customer %s → Connect %s', (role, connectRole) => {
    expect(connectRoleFor(role)).toBe(connectRole);
  });

  it.each<[AdminRole | null, OrgRelation]>([
    ['provisioning_admin', 'partner'],
    ['full_admin', 'partner'],
    ['service_admin', 'external'],
    [null, 'customer'],
  ])('%s of the %s org gets no Connect role', (role, relation) => {
    expect(connectRoleFor(role, relation)).toBeNull();
  });
});

describe('Connect right → role given in Control Hub', () => {
  it.each<[ConnectRole, AdminRole]>([
    ['read_only', 'read_only_admin'],
    ['limited', 'read_only_admin'],
    ['all_access', 'full_admin'],
    ['tenant_owner', 'full_admin'],
    ['restricted_access', 'read_only_admin'],
  ])('Connect %s → customer %s', (connectRole, role) => {
    expect(controlHubRoleFor(connectRole)).toBe(role);
  });
});

describe('Webex Engage', () => {
  it.each<[AdminRole, OrgRelation, boolean]>([
    ['full_admin', 'partner', false],
    ['provisioning_admin', 'partner', false],
    ['full_admin', 'customer', true],
    ['service_admin', 'customer', true],
  ])('%s of the %s org has access: %s', (role, relation, expected) => {
    expect(hasWebexEngageAccess({ role, relation })).toBe(expected);
  });
});
