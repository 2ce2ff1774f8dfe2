// Builders for tests: an actor or a target user with sensible defaults, overridden per test.
import type {
  Actor,
  AdminRole,
  Decision,
  DenialReason,
  License,
  OrgRelation,
  TargetUser,
} from '../src/index.js';

export function actor(
  role: AdminRole | null,
  relation: OrgRelation,
  licenses: readonly License[] = [],
): Actor {
  return { userId: `actor-${relation}-${role ?? 'none'}`, role, relation, licenses };
}

export function user(
  relation: OrgRelation,
  roles: readonly AdminRole[] = [],
  overrides: Partial<TargetUser> = {},
): TargetUser {
  return {
    userId: `user-${relation}-${roles.join('+') || 'none'}`,
    relation,
    roles,
    orgHasContactCenter: false,
    orgIsPartnerWithProvisioningAccess: false,
    isLastFullAdmin: false,
    ...overrides,
  };
}

/** "allowed", or the denial reason: how expectations are typed out in the tables of the tests. */
export type Expected = 'allowed' | DenialReason;

export function outcome(decision: Decision): Expected {
  return decision.allowed ? 'allowed' : decision.reason;
}
