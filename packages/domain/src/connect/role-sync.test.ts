import { describe, expect, it } from 'vitest';
import { actor, user } from '../../test/fixtures.js';
import type { AdminRole, ConnectRole, OrgRelation } from '../vocabulary.js';
import {
  connectAccessOf,
  connectRoleChange,
  connectRoleFor,
  controlHubRoleFor,
  hasWebexEngageAccess,
} from './role-sync.js';

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

describe('Connect → Control Hub through the rules of a Control Hub role change (decision 0027)', () => {
  const full = actor('full_admin', 'customer');
  it.each<[ConnectRole, AdminRole]>([
    ['read_only', 'read_only_admin'],
    ['limited', 'read_only_admin'],
    ['all_access', 'full_admin'],
    ['tenant_owner', 'full_admin'],
    ['restricted_access', 'read_only_admin'],
  ])('a customer user given Connect %s holds %s in Control Hub', (connectRole, role) => {
    expect(connectRoleChange(full, user('customer'), connectRole)).toEqual({ allowed: true, roles: [role] });
  });

  it('follows the Control Hub rules: the last full admin stays, a service admin gives no full admin', () => {
    const last = user('customer', ['full_admin'], { isLastFullAdmin: true });
    expect(connectRoleChange(full, last, 'read_only')).toMatchObject({ reason: 'last_full_admin' });
    expect(
      connectRoleChange(actor('service_admin', 'customer'), user('customer'), 'tenant_owner'),
    ).toMatchObject({
      reason: 'service_admin_assigns_only_service_admin',
    });
  });

  it('synchronises customer-org admins only', () => {
    expect(connectRoleChange(full, user('external'), 'read_only')).toMatchObject({
      reason: 'role_not_applicable',
    });
    expect(connectRoleChange(full, user('partner'), 'read_only')).toMatchObject({
      reason: 'role_not_applicable',
    });
  });
});

describe('who uses Connect right away (seed 000: "Все партнеры … могут сразу приступить")', () => {
  it.each<[AdminRole | null, OrgRelation, string]>([
    ['full_admin', 'partner', 'immediate'],
    ['provisioning_admin', 'partner', 'immediate'],
    ['read_only_admin', 'partner', 'immediate'],
    ['full_admin', 'customer', 'after_activation'],
    ['service_admin', 'customer', 'after_activation'],
    ['read_only_admin', 'customer', 'after_activation'],
    ['service_admin', 'external', 'none'],
    [null, 'partner', 'none'],
  ])('%s of the %s org: %s', (role, relation, access) => {
    expect(connectAccessOf({ role, relation })).toBe(access);
  });
});
