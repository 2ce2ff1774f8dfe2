import { describe, expect, it } from 'vitest';
import { actor, type Expected, outcome, user } from '../../test/fixtures.js';
import type { AdminRole, OrgRelation } from '../vocabulary.js';
import { can } from './can.js';
import { activationDecision } from './user-activation.js';

type Row = [AdminRole, OrgRelation, Expected, Expected];

// Seed 001, table 1, cell by cell: "Adăugarea sau eliminarea utilizatorilor" (full admins of every
// relation); "Nu puteți să adăugați, să ștergeți, să activați sau să dezactivați utilizatorii" (the
// service admin); the setup admin "nu pot efectua activități de gestionare a utilizatorilor"; and
// "Actualizați … Detalii utilizator, Licențe, Roluri" for the service admin (decision 0026).
describe('activate / deactivate a user and edit their details: table 1 cell by cell', () => {
  it.each<Row>([
    // role, relation, activate_user, edit_user_details
    ['full_admin', 'customer', 'allowed', 'allowed'],
    ['full_admin', 'partner', 'allowed', 'allowed'],
    ['full_admin', 'external', 'allowed', 'allowed'],
    ['service_admin', 'customer', 'user_management_not_allowed', 'allowed'],
    ['service_admin', 'partner', 'role_not_applicable', 'role_not_applicable'],
    ['service_admin', 'external', 'user_management_not_allowed', 'allowed'],
    ['provisioning_admin', 'customer', 'role_not_applicable', 'role_not_applicable'],
    ['provisioning_admin', 'partner', 'user_management_not_allowed', 'insufficient_role'],
    ['provisioning_admin', 'external', 'role_not_applicable', 'role_not_applicable'],
    ['read_only_admin', 'customer', 'read_only_no_service_access', 'read_only_no_service_access'],
    ['read_only_admin', 'partner', 'read_only', 'read_only'],
    ['read_only_admin', 'external', 'read_only', 'read_only'],
  ])('a %s of the %s org: activate %s, edit details %s', (role, relation, activate, edit) => {
    const admin = actor(role, relation);
    const customerUser = user('customer');
    expect(outcome(can(admin, 'activate_user'))).toBe(activate);
    expect(outcome(activationDecision(admin, customerUser, true))).toBe(activate);
    expect(outcome(activationDecision(admin, customerUser, false))).toBe(activate);
    expect(outcome(can(admin, 'edit_user_details'))).toBe(edit);
    expect(outcome(can(admin, 'edit_user_details', { user: customerUser }))).toBe(edit);
  });

  it.each<OrgRelation>(['partner', 'external'])(
    'a user of the %s org is neither deactivated nor edited here (their own org owns the account)',
    (relation) => {
      const admin = actor('full_admin', 'customer');
      expect(outcome(activationDecision(admin, user(relation, ['service_admin']), false))).toBe(
        'insufficient_role',
      );
      expect(outcome(can(admin, 'edit_user_details', { user: user(relation) }))).toBe('insufficient_role');
    },
  );

  it('the last active full admin is never deactivated, but may be activated again', () => {
    const last = user('customer', ['full_admin'], { isLastFullAdmin: true });
    expect(outcome(activationDecision(actor('full_admin', 'partner'), last, false))).toBe('last_full_admin');
    expect(outcome(activationDecision(actor('full_admin', 'partner'), last, true))).toBe('allowed');
  });

  it('nobody deactivates their own account', () => {
    const admin = actor('full_admin', 'customer');
    const self = user('customer', ['full_admin'], { userId: admin.userId });
    expect(activationDecision(admin, self, false)).toMatchObject({
      allowed: false,
      reason: 'insufficient_role',
    });
  });
});
