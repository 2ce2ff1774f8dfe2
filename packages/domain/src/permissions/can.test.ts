import { describe, expect, it } from 'vitest';
import { actor, type Expected, outcome, user } from '../../test/fixtures.js';
import { ACTIONS, type Action, type AdminRole, type OrgRelation } from '../vocabulary.js';
import { can, canPartnerAction, effectivePermissions, mayPartnerAction, type PartnerAction } from './can.js';

describe('can: who is acting', () => {
  it('an external user without a role granted in the customer org has no relation to it', () => {
    expect(outcome(can(actor(null, 'external'), 'view_service'))).toBe('no_relation');
  });

  it.each<OrgRelation>(['customer', 'partner'])(
    'a %s-org user without admin role has no privilege',
    (relation) => {
      expect(outcome(can(actor(null, relation), 'view_service'))).toBe('insufficient_role');
    },
  );

  it.each<OrgRelation>(['customer', 'partner', 'external'])(
    'a %s-org full admin holding a Standard license may use no admin feature (Agent Desktop only)',
    (relation) => {
      const agent = actor('full_admin', relation, ['cc_standard']);
      for (const action of ACTIONS) expect(outcome(can(agent, action))).toBe('standard_license_agent_only');
    },
  );

  it('a full admin holding a Premium license keeps the admin features', () => {
    expect(outcome(can(actor('full_admin', 'customer', ['cc_premium']), 'manage_service'))).toBe('allowed');
  });

  it('the Standard-license rule is about full admins: a service admin with it keeps the service', () => {
    expect(outcome(can(actor('service_admin', 'customer', ['cc_standard']), 'manage_service'))).toBe(
      'allowed',
    );
  });

  it('every denial carries an English message', () => {
    const decision = can(actor('read_only_admin', 'partner'), 'manage_service');
    expect(decision).toMatchObject({ allowed: false, reason: 'read_only' });
    expect(decision.allowed ? '' : decision.message).toContain('Read-only');
  });
});

describe('can: the user acted upon', () => {
  const fullAdmin = actor('full_admin', 'customer');

  it.each<[Action, OrgRelation, Expected]>([
    ['remove_user', 'customer', 'allowed'],
    ['remove_user', 'external', 'insufficient_role'],
    ['remove_user', 'partner', 'insufficient_role'],
    ['activate_user', 'customer', 'allowed'],
    ['activate_user', 'external', 'insufficient_role'],
    ['add_user', 'customer', 'allowed'],
    ['send_activation_email', 'external', 'allowed'],
    ['edit_licenses', 'customer', 'allowed'],
  ])('a full admin may %s a %s-org user: %s', (action, relation, expected) => {
    expect(outcome(can(fullAdmin, action, { user: user(relation) }))).toBe(expected);
  });

  it('the last full admin of the customer org cannot be removed', () => {
    const last = user('customer', ['full_admin'], { isLastFullAdmin: true });
    expect(outcome(can(fullAdmin, 'remove_user', { user: last }))).toBe('last_full_admin');
    expect(outcome(can(fullAdmin, 'remove_user', { user: { ...last, isLastFullAdmin: false } }))).toBe(
      'allowed',
    );
  });

  it('view_admin with a target applies the visibility rules', () => {
    const serviceAdmin = actor('service_admin', 'customer');
    expect(outcome(can(serviceAdmin, 'view_admin', { user: user('customer', ['full_admin']) }))).toBe(
      'insufficient_role',
    );
    expect(outcome(can(serviceAdmin, 'view_admin', { user: user('external', ['service_admin']) }))).toBe(
      'allowed',
    );
  });
});

describe('can: partner-only actions', () => {
  it.each<[AdminRole, OrgRelation, Action, Expected]>([
    ['full_admin', 'partner', 'start_trial', 'allowed'],
    ['full_admin', 'partner', 'map_order', 'allowed'],
    ['full_admin', 'partner', 'manage_wholesale', 'allowed'],
    ['provisioning_admin', 'partner', 'start_trial', 'insufficient_role'],
    ['provisioning_admin', 'partner', 'map_order', 'insufficient_role'],
    ['provisioning_admin', 'partner', 'manage_wholesale', 'allowed'],
    ['read_only_admin', 'partner', 'start_trial', 'read_only'],
    ['full_admin', 'customer', 'start_trial', 'partner_only'],
    ['full_admin', 'external', 'map_order', 'partner_only'],
    ['service_admin', 'customer', 'manage_wholesale', 'partner_only'],
  ])('%s of the %s org: %s → %s', (role, relation, action, expected) => {
    expect(outcome(can(actor(role, relation), action))).toBe(expected);
  });

  it('canPartnerAction answers exactly as can, for every actor', () => {
    const roles: Array<AdminRole | null> = [
      null,
      'full_admin',
      'service_admin',
      'provisioning_admin',
      'read_only_admin',
    ];
    const relations: OrgRelation[] = ['customer', 'partner', 'external'];
    const accounts = [undefined, 'not_activated', 'deactivated'] as const;
    const actions: PartnerAction[] = ['start_trial', 'map_order', 'manage_wholesale'];
    for (const role of roles)
      for (const relation of relations)
        for (const licenses of [[], ['cc_standard']] as const)
          for (const account of accounts) {
            const who = { ...actor(role, relation, licenses), ...(account && { account }) };
            for (const action of actions) expect(canPartnerAction(who, action)).toEqual(can(who, action));
          }
  });

  it("mayPartnerAction is canPartnerAction's allowed, for every actor", () => {
    const roles: Array<AdminRole | null> = [
      null,
      'full_admin',
      'service_admin',
      'provisioning_admin',
      'read_only_admin',
    ];
    const relations: OrgRelation[] = ['customer', 'partner', 'external'];
    const accounts = [undefined, 'not_activated', 'deactivated'] as const;
    const actions: PartnerAction[] = ['start_trial', 'map_order', 'manage_wholesale'];
    let allowed = 0;
    for (const role of roles)
      for (const relation of relations)
        for (const licenses of [[], ['cc_standard']] as const)
          for (const account of accounts) {
            const who = { ...actor(role, relation, licenses), ...(account && { account }) };
            for (const action of actions) {
              const expected = canPartnerAction(who, action).allowed;
              expect(mayPartnerAction(who, action)).toBe(expected);
              if (expected) allowed++;
            }
          }
    expect(allowed).toBeGreaterThan(0);
  });
});

describe('effectivePermissions', () => {
  it('answers every action, in the vocabulary order', () => {
    expect(Object.keys(effectivePermissions(actor('full_admin', 'customer')))).toEqual([...ACTIONS]);
  });

  it('gives a reason and message for each disabled action', () => {
    const permissions = effectivePermissions(actor('service_admin', 'customer'));
    expect(permissions.add_user).toMatchObject({ allowed: false, reason: 'user_management_not_allowed' });
    expect(permissions.edit_licenses).toEqual({ allowed: true });
  });
});
