import { describe, expect, it } from 'vitest';
import type { StoredActor } from '../store/types.js';
import { wholesaleDecision } from './permissions.js';

const actor = (orgKind: StoredActor['orgKind'], role: StoredActor['role']): StoredActor => ({
  token: 't',
  userId: 'u',
  orgId: 'o',
  orgKind,
  role,
  displayName: 'A',
});

describe('wholesaleDecision', () => {
  it.each([
    ['partner', 'full_admin', false, true],
    ['partner', 'full_admin', true, true],
    ['partner', 'provisioning_admin', true, true],
    ['partner', 'read_only_admin', false, true],
    ['partner', 'read_only_admin', true, 'read_only'],
    ['partner', 'service_admin', false, 'insufficient_role'],
    ['customer', 'full_admin', false, 'partner_only'],
  ] as const)('%s %s (change: %s) → %s', (orgKind, role, change, expected) => {
    const decision = wholesaleDecision(actor(orgKind, role), change);
    expect(decision.allowed ? true : decision.reason).toBe(expected);
  });
});
