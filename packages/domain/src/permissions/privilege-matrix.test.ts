import { describe, expect, it } from 'vitest';
import { actor, type Expected, outcome } from '../../test/fixtures.js';
import type { Action, AdminRole, OrgRelation } from '../vocabulary.js';
import { effectivePermissions } from './can.js';
import { type PrivilegeCell, privilegesOf } from './privilege-matrix.js';

// DOMAIN §2.1, table 1, cell by cell, typed out from the seed's wording.
describe('table 1 as data: privileges by role and holder org', () => {
  it.each<[AdminRole, OrgRelation, PrivilegeCell]>([
    [
      'full_admin',
      'customer',
      [
        'manage_features',
        'manage_users',
        'send_activation_email',
        'manage_licenses',
        'grant_service_admin_role',
      ],
    ],
    [
      'full_admin',
      'partner',
      ['manage_features', 'manage_users', 'send_activation_email', 'manage_licenses'],
    ],
    [
      'full_admin',
      'external',
      ['manage_features', 'manage_users', 'send_activation_email', 'manage_licenses'],
    ],
    [
      'service_admin',
      'customer',
      ['manage_features', 'send_activation_email', 'manage_licenses', 'grant_service_admin_role'],
    ],
    ['service_admin', 'partner', 'not_applicable'],
    ['service_admin', 'external', ['manage_features', 'send_activation_email', 'manage_licenses']],
    ['provisioning_admin', 'customer', 'not_applicable'],
    ['provisioning_admin', 'partner', ['manage_features', 'view_external_admin_list']],
    ['provisioning_admin', 'external', 'not_applicable'],
    ['read_only_admin', 'customer', []],
    ['read_only_admin', 'partner', ['read_only_access']],
    ['read_only_admin', 'external', ['read_only_access']],
  ])('%s held in the %s org: %j', (role, relation, expected) => {
    const cell = privilegesOf(role, relation);
    if (expected === 'not_applicable') expect(cell).toBe('not_applicable');
    else expect([...cell].sort()).toEqual([...expected].sort());
  });
});

// The same cells as behaviour: every action's decision, without a target. Columns, in order:
const COLUMNS: readonly Action[] = [
  'view_service',
  'manage_service',
  'add_user',
  'remove_user',
  'activate_user',
  'send_activation_email',
  'edit_licenses',
  'assign_role',
  'revoke_role',
  'view_users',
  'view_admin',
  'view_external_admins',
  'import_users_csv',
  'open_setup_wizard',
  'start_trial',
  'map_order',
  'manage_wholesale',
];
const OK = 'allowed';
const NA = 'role_not_applicable';
const UM = 'user_management_not_allowed';
const RO = 'read_only';
const IR = 'insufficient_role';
const WZ = 'setup_wizard_not_allowed';
const PO = 'partner_only';
const NS = 'read_only_no_service_access';
const ALL_NA: Expected[] = COLUMNS.map(() => NA);

describe('table 1 as behaviour: what each role may do from each org', () => {
  it.each<[AdminRole, OrgRelation, Expected[]]>([
    // Columns in COLUMNS order: view, manage, add, remove, activate, e-mail, licenses, assign, revoke,
    // users, admin, externals, csv, wizard, trial, order, wholesale.
    ['full_admin', 'customer', [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, PO, PO, PO]],
    ['full_admin', 'partner', [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK]],
    ['full_admin', 'external', [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, WZ, PO, PO, PO]],
    ['service_admin', 'customer', [OK, OK, UM, UM, UM, OK, OK, OK, OK, OK, OK, OK, OK, WZ, PO, PO, PO]],
    ['service_admin', 'partner', ALL_NA],
    ['service_admin', 'external', [OK, OK, UM, UM, UM, OK, OK, OK, OK, OK, OK, OK, OK, WZ, PO, PO, PO]],
    ['provisioning_admin', 'customer', ALL_NA],
    ['provisioning_admin', 'partner', [OK, OK, UM, UM, UM, IR, IR, IR, IR, IR, OK, OK, IR, OK, IR, IR, OK]],
    ['provisioning_admin', 'external', ALL_NA],
    ['read_only_admin', 'customer', [NS, NS, NS, NS, NS, NS, NS, NS, NS, NS, NS, NS, NS, NS, PO, PO, PO]],
    ['read_only_admin', 'partner', [OK, RO, RO, RO, RO, RO, RO, RO, RO, OK, OK, OK, RO, WZ, RO, RO, RO]],
    ['read_only_admin', 'external', [OK, RO, RO, RO, RO, RO, RO, RO, RO, OK, OK, OK, RO, WZ, PO, PO, PO]],
  ])('%s held in the %s org', (role, relation, expected) => {
    const permissions = effectivePermissions(actor(role, relation));
    const actual = COLUMNS.map((action) => outcome(permissions[action]));
    expect(Object.fromEntries(COLUMNS.map((action, i) => [action, actual[i]]))).toEqual(
      Object.fromEntries(COLUMNS.map((action, i) => [action, expected[i]])),
    );
  });
});
