import { describe, expect, it } from 'vitest';
import type { AdminRole } from '../vocabulary.js';
import {
  effectiveRole,
  exclusiveRoleOf,
  isExclusiveRole,
  validateRoles,
  withExclusiveRole,
} from './actors.js';

describe('roles of a user', () => {
  it.each<[AdminRole[], AdminRole | null]>([
    [[], null],
    [['read_only_admin'], 'read_only_admin'],
    [['provisioning_admin', 'full_admin'], 'full_admin'],
    [['read_only_admin', 'provisioning_admin'], 'provisioning_admin'],
    [['service_admin'], 'service_admin'],
  ])('the effective role of %j is %s', (roles, expected) => {
    expect(effectiveRole(roles)).toBe(expected);
  });

  it('provisioning admin is the one role that is not exclusive', () => {
    expect(
      ['full_admin', 'service_admin', 'provisioning_admin', 'read_only_admin'].filter((r) =>
        isExclusiveRole(r as AdminRole),
      ),
    ).toEqual(['full_admin', 'service_admin', 'read_only_admin']);
  });

  it('withExclusiveRole replaces the exclusive role only', () => {
    expect(withExclusiveRole(['provisioning_admin', 'read_only_admin'], 'full_admin')).toEqual([
      'provisioning_admin',
      'full_admin',
    ]);
    expect(withExclusiveRole(['service_admin'], null)).toEqual([]);
    expect(exclusiveRoleOf(['provisioning_admin'])).toBeNull();
  });

  it('validateRoles refuses two exclusive roles, and nothing else', () => {
    expect(validateRoles(['full_admin', 'service_admin'])).toMatchObject({ reason: 'role_exclusive' });
    expect(validateRoles(['full_admin', 'provisioning_admin'])).toBeNull();
    expect(validateRoles(['read_only_admin', 'read_only_admin'])).toBeNull();
  });
});
