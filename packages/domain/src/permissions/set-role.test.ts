import { describe, expect, it } from 'vitest';
import { actor, outcome, user } from '../../test/fixtures.js';
import { roleChoicesFor, setRole } from './set-role.js';

describe('setRole: changing an exclusive role is revoke old + assign new, both checked', () => {
  it('replaces the exclusive role and keeps the provisioning role', () => {
    const result = setRole(
      actor('full_admin', 'customer'),
      user('customer', ['read_only_admin']),
      'full_admin',
    );
    expect(result).toEqual({ allowed: true, roles: ['full_admin'] });
    const partnerUser = user('customer', ['provisioning_admin', 'read_only_admin']);
    expect(setRole(actor('full_admin', 'customer'), partnerUser, null)).toEqual({
      allowed: true,
      roles: ['provisioning_admin'],
    });
  });

  it('the revoke is checked: a service admin cannot turn a full admin into a service admin', () => {
    const result = setRole(
      actor('service_admin', 'customer'),
      user('customer', ['full_admin']),
      'service_admin',
    );
    expect(result).toMatchObject({ allowed: false, reason: 'service_admin_assigns_only_service_admin' });
  });

  it('the assignment is checked: a service admin cannot turn a service admin into a full admin', () => {
    const result = setRole(
      actor('service_admin', 'customer'),
      user('customer', ['service_admin']),
      'full_admin',
    );
    expect(result).toMatchObject({ allowed: false, reason: 'service_admin_assigns_only_service_admin' });
  });

  it('the last full admin cannot be turned into anything else', () => {
    const last = user('customer', ['full_admin'], { isLastFullAdmin: true });
    expect(setRole(actor('full_admin', 'customer'), last, 'read_only_admin')).toMatchObject({
      allowed: false,
      reason: 'last_full_admin',
    });
  });

  it('setting the role a user already holds changes nothing, for whoever may give that role', () => {
    const holder = user('customer', ['full_admin'], { isLastFullAdmin: true });
    expect(setRole(actor('full_admin', 'customer'), holder, 'full_admin')).toEqual({
      allowed: true,
      roles: ['full_admin'],
    });
    // A service admin does not give the full admin role, not even again (decision 0025).
    expect(setRole(actor('service_admin', 'customer'), holder, 'full_admin')).toMatchObject({
      allowed: false,
      reason: 'service_admin_assigns_only_service_admin',
    });
  });

  it('a provisioning admin changes no role, not even to the one the user holds (issue 17)', () => {
    const externalServiceAdmin = user('external', ['service_admin']);
    for (const role of [null, 'service_admin', 'full_admin', 'read_only_admin'] as const) {
      expect(setRole(actor('provisioning_admin', 'partner'), externalServiceAdmin, role)).toMatchObject({
        allowed: false,
        reason: 'insufficient_role',
      });
    }
  });

  it('a role the user cannot hold is refused as not applicable, before their own role is looked at', () => {
    const partnerAdmin = user('partner', ['full_admin']);
    expect(setRole(actor('full_admin', 'customer'), partnerAdmin, 'service_admin')).toMatchObject({
      allowed: false,
      reason: 'role_not_applicable',
    });
    expect(setRole(actor('full_admin', 'customer'), user('customer'), 'provisioning_admin')).toMatchObject({
      allowed: false,
      reason: 'role_not_applicable',
    });
  });

  it('refuses raw data that already breaks exclusivity', () => {
    const broken = user('customer', ['full_admin', 'read_only_admin']);
    expect(setRole(actor('full_admin', 'partner'), broken, null)).toMatchObject({
      allowed: false,
      reason: 'role_exclusive',
    });
  });
});

describe('roleChoicesFor: a role picker with each choice enabled or disabled with a reason', () => {
  it('for an external service admin looking at a customer-org user', () => {
    const choices = roleChoicesFor(actor('service_admin', 'external'), user('customer'));
    expect(choices.map(({ role, decision }) => [role, outcome(decision)])).toEqual([
      [null, 'allowed'],
      ['full_admin', 'service_admin_assigns_only_service_admin'],
      ['service_admin', 'allowed'],
      ['read_only_admin', 'service_admin_assigns_only_service_admin'],
    ]);
  });
});
